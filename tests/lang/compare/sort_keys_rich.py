records = [{'n': 'b', 'a': 3}, {'n': 'a', 'a': 3}, {'n': 'c', 'a': 1}]
print(sorted(records, key=lambda r: (r['a'], r['n'])))
import functools
def cmp(x, y):
    return (x > y) - (x < y)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
print(max('apple', 'banana', 'cherry', key=len), min([[3, 4], [1, 5, 0]], key=sum))
print(sorted(['b10', 'a2', 'b2', 'a10'], key=lambda s: (s[0], int(s[1:]))))
