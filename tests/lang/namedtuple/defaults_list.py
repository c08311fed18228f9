from collections import namedtuple

P = namedtuple('P', 'x y z', defaults=[0, 'z'])
print(P(1), P(1, 2), P(1, 2, 3), P._field_defaults)
Q = namedtuple('Q', ['a', 'b'], defaults=[[]])
q = Q(5)
q.b.append(1)
print(q, Q(6), Q._fields)
