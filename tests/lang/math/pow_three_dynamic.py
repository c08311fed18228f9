# pow(base, exp, mod) where the arguments' types are known at run time only.
def pick(i):
    return [3, 2.0, True, None, 'x', 10 ** 20][i]

print(pow(pick(0), 4, 5), pow(pick(2), 3, pick(0)), pow(pick(5), pick(5), 97), pow(pick(0), -1, 7))
print(pow(pick(0), 2, pick(3)), pow(pick(1), 2, pick(3)))
for base, mod in [(1, 0), (4, 0), (0, 4)]:
    try:
        print(pow(pick(base), 2, pick(mod)))
    except TypeError as e:
        print('TypeError', e)
try:
    pow(pick(0), 2, 0 * pick(0))
except ValueError as e:
    print('ValueError', e)
