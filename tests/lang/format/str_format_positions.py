print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'), '{1}{0}'.format('x', 'y'))
print('{name} is {age}'.format(name='Bo', age=7), '{0[1]} {1[k]}'.format([10, 20], {'k': 'v'}))
class P:
    x, y = 3, 4
print('{p.x},{p.y}'.format(p=P()), '{.x}'.format(P))
print('{{literal}} {}'.format('ok'), '{:>{w}}'.format('r', w=5), '{0:{1}}|'.format('a', 4))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>6}'.format('q'))
print('{}'.format(None), '{}'.format([1, (2,)]), '{:}'.format(5))
for bad in ['{', '}', '{0} {}', '{x}']:
    try:
        print(bad.format(1))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
print('{a}-{b}'.format(**d), '{a}'.format_map(d))
