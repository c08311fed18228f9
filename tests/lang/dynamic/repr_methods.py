# x.__repr__() and x.__str__() called as methods, on typed values and on
# values whose type is known only at run time.
def show(x):
    return x.__repr__() + ' / ' + x.__str__()

print([1, 'a'].__repr__(), {'k': [1]}.__str__(), (1,).__repr__(), range(3).__repr__(), {2, 1}.__str__())
for v in [1.5, [1, 2], {'a': None}, 'text', (3, 'x'), 7]:
    print(show(v))
