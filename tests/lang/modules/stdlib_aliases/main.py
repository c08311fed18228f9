import math as m
import collections.abc
from collections import OrderedDict as OD, deque
from functools import reduce, partial
import itertools as it
import operator
print(m.sqrt(16), list(it.repeat('x', 3)), reduce(operator.mul, range(1, 6)), partial(pow, 2)(8))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), OD(a=1), deque(maxlen=2))
print(operator.itemgetter(1)('abc'), operator.attrgetter('real')(3), sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1)))
from helpers_pkg import tools
print(tools.tool())
