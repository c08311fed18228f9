# Builtins called where the compiler cannot see which one, on arguments of
# several types: each gives what CPython gives, errors included.
def call(f, *args):
    return f(*args)

fs = [max, min, sorted, sum, any, all, divmod, pow, round, list, tuple,
      chr, ord, hex, oct, bin, format, ascii, callable, abs, len, repr, next]
argsets = [([3, 1, 2],), (3, 1), ([1, 0],), (7, 2), (2, 10), (2.567,), (2.567, 1), ('ab',),
           ((1, 2),), (65,), ('A',), (-255,), (3.5, '.2f'), (True,), (2, 5, 3), (7.5, 2)]
for f in fs:
    out = []
    for a in argsets:
        try:
            r = call(f, *a)
            out.append(repr(r))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(f.__name__)
    for line in out:
        print('   ', line)
