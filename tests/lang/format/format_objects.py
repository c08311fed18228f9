class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return '$%.2f' % self.v
        return format(self.v, spec)
    def __str__(self):
        return 'Money(%s)' % self.v
m = Money(12.5)
print('{:usd} {:>8.1f} {} {!s}'.format(m, m, m, m), f'{m:usd}', format(m, '.0f'), '%s' % m)
print(format([1, 2]), format(None), format((1, 'a')))
try:
    format([1, 2], 'd')
except TypeError as e:
    print('TypeError', e)
try:
    format(object(), 'x')
except TypeError as e:
    print('TypeError', str(e)[:45])
