# str.format hands its arguments over as values; each field still calls the
# class's __format__ (inherited too), and a non-str result is a TypeError.
class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1]) + 'F'
        return format(self.c, spec) + 'C'


class Reading(Temp):
    pass


class Broken:
    def __format__(self, spec):
        return len(spec)


readings = [Temp(21.5), Reading(-3), Temp(100)]
for r in readings:
    print('{:.1f} | {:>8.2fF} | {}'.format(r, r, r))
print('{0:.0f}/{0:.0fF}'.format(readings[1]), '{t:>6}'.format(t=Reading(7)))
try:
    '{:x}'.format(Broken())
except TypeError as e:
    print('TypeError:', e)
