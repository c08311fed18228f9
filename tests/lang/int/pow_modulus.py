print(pow(2, 100, 10 ** 9 + 7))
print(pow(3, 10 ** 20, 1000))
print(pow(-3, 5, 7), pow(3, 5, -7))
print(pow(3, -1, 7), pow(10, -2, 97))
print(pow(2, -2), 2 ** -1, (-2) ** -3)
print(pow(5, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(type(2 ** 3).__name__, type(2 ** -3).__name__)
