for n in [0, 1, 10, 255, -255, 4096, 2 ** 40 + 3]:
    print(n, hex(n), oct(n), bin(n), format(n, 'x'), format(n, '#010x'), '%x' % n, '%o' % n, f'{n:#_b}')
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int('-0x1f', 16))
