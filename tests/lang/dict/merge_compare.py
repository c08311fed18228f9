a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, {**a, **b}, {**b, 'w': 0})
a |= {'q': 5}
print(a)
print({'x': 1, 'y': 2} == {'y': 2, 'x': 1}, {'x': 1} != {'x': 1.0}, {} == dict())
try:
    {'a': 1} < {'b': 2}
except TypeError as e:
    print('TypeError', e)
