# Functions in a dict (more of them than a union holds) called through
# the dict's values.
def inc(x):
    return x + 1


def double(x):
    return x * 2


def minus(x):
    return x - 3


def text(x):
    return str(x)


def wrap(x):
    return [x]


four = {'a': inc, 'b': double, 'c': minus, 'd': text}
for k in 'abcd':
    print(k, four[k](10))
five = {'a': inc, 'b': double, 'c': minus, 'd': text, 'e': wrap}
for k in sorted(five):
    print(k, five[k](7), five[k].__name__)
table = [inc, double, minus, text, wrap, lambda x: -x]
print([f(4) for f in table])
