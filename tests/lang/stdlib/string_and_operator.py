import operator
import string
from string import Template

print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation)
print(string.capwords('the  quick brown   fox'), string.capwords('a-b-c', '-'))
t = Template('$name owes $$${amount} since ${date}')
print(t.substitute(name='Ann', amount=12, date='May'), t.safe_substitute(name='Bob'))
try:
    Template('$name and $other').substitute(name='x')
except KeyError as e:
    print('KeyError', e)
try:
    Template('cost: $5').substitute()
except ValueError as e:
    print('ValueError', e)

rows = [('b', 2, 9.5), ('a', 3, 1.25), ('c', 1, 4.0)]
print(sorted(rows, key=operator.itemgetter(1)), sorted(rows, key=operator.itemgetter(2, 0)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), operator.add('ab', 'cd'), operator.neg(5), operator.not_(0))
print(operator.attrgetter('real', 'imag')(3.5), operator.methodcaller('replace', 'a', 'o')('banana'))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'), operator.index(7))
