print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'))
print((-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True))
print(int.from_bytes(b'\x01\x00\x00', 'little'), int.from_bytes(bytes(range(1, 20)), 'big'))
print((10).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(repr(-(10 ** 30)), str(10 ** 18), format(2 ** 70, ','), format(-255, 'x'), format(255, '#b'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
print(abs(-(2 ** 80)), -(-(2 ** 80)), +(2 ** 80))
