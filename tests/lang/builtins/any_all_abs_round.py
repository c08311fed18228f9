print(any([0, 0, 1]), any([]), all([1, 'a', [0]]), all([1, 0]), any(x > 5 for x in range(3)))
print(abs(-5), abs(3.5), abs(-0.0), abs(-2 ** 100), abs(3 + 4j), abs(True))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234.5678, -2), round(15, -1), round(25, -1))
print(round(0.5 + 1e-16), round(1e300), type(round(1.5)).__name__, type(round(1.5, 1)).__name__)
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError', e)
