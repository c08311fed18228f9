class Validator:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def check(self, v):
        if not self.lo <= v <= self.hi:
            raise ValueError('%r not in [%r, %r]' % (v, self.lo, self.hi))
        return v
def checked(values, validator):
    for v in values:
        try:
            yield validator.check(v)
        except ValueError as e:
            yield 'error: %s' % e
print(list(checked([1, 50, 7, -3], Validator(0, 10))))
