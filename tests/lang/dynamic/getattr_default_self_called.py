# getattr(obj, 'name', obj)(...): the attribute when the object has it,
# else the object itself, then called.


class Filter:
    def __init__(self, low):
        self.low = low

    def filter(self, record):
        return record > self.low


def small(record):
    return record < 2


for f in [Filter(2), small, Filter(0)]:
    print(getattr(f, 'filter', f)(3), getattr(f, 'filter', f)(1))
