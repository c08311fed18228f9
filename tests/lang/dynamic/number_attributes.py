# The numbers' data attributes read through getattr() with a name known
# only at run time: real, imag, numerator, denominator.
values = [7, -2 ** 70, True, 2.5, 3 - 4j]
for name in ['real', 'imag', 'numerator', 'denominator']:
    row = []
    for v in values:
        row.append(getattr(v, name, None))
    print(name, row, [hasattr(v, name) for v in values])
try:
    getattr(2.5, 'numerator')
except AttributeError as e:
    print('AttributeError', e)
