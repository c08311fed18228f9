def check(values):
    for v in values:
        assert v >= 0 and v < 10, 'out of range: %d' % v
    return len(values)


try:
    assert check([1, 2]) == 3
except AssertionError as e:
    print('plain assert', repr(e))
print(check([1, 2, 3]))
check([4, 12])
