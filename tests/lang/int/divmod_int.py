for a in (17, -17, 0, 10 ** 20 + 3, -(10 ** 20) - 3):
    for b in (5, -5, 2 ** 65, -(2 ** 65)):
        print(a, b, divmod(a, b))
print(divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    5 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
