# Mapping patterns match dict subclasses, read through the subclass's own
# get(), and **rest copies what is left.
class Config(dict):
    def get(self, key, default=None):
        print('get', key)
        return super().get(key, default)


class Counting(dict):
    pass


def describe(subject):
    match subject:
        case {'kind': 'point', 'x': x, 'y': y}:
            return f'point {x},{y}'
        case {'kind': kind, **rest}:
            return f'{kind} with {sorted(rest.items())}'
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'


print(describe(Config(kind='point', x=1, y=2)))
print(describe(Config(kind='line', a=1, b=2)))
print(describe(Counting(kind='point', x=3, y=4)))
print(describe(Counting()))
print(describe([('kind', 'pair')]))
