def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bo', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=0))
print(f(*[1, 2, 3], **{'c': 9, 'z': 0}))
try:
    f(1)
except TypeError as e:
    print('TypeError', e)
try:
    greet()
except TypeError as e:
    print('TypeError', e)
try:
    greet('a', name='b')
except TypeError as e:
    print('TypeError', e)
try:
    greet('a', bogus=1)
except TypeError as e:
    print('TypeError', e)
