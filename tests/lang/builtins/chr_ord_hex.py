print(chr(65), chr(0x3b1), chr(0x1F40D), ord('a'), ord('€'), ord('\n'), ord('𝔘'))
print(hex(255), hex(-1), oct(8), oct(-9), bin(5), bin(-5), hex(2 ** 64), bin(0))
print(''.join(chr(ord(c) + 1) for c in 'HAL'), [ord(c) for c in 'Az'])
for bad in [lambda: chr(0x110000), lambda: ord(''), lambda: hex(1.5), lambda: chr('a')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
