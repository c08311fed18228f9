# max()/min() of several positional arguments with key=: the first of equal keys wins.
print(max('apple', 'banana', 'cherry', key=len), min('apple', 'fig', 'kiwi', key=len))
print(max(3, -7, 5, key=abs), min(-2, 2, key=abs), max(-2, 2, key=abs))
print(max([1, 2], [3], key=len), min((4, 1), (2, 9), key=lambda t: t[1]))
print(max(1.5, 2, key=lambda v: -v), min('b', 'a', key=None))
calls = []
def k(v):
    calls.append(v)
    return v % 3
print(max(4, 5, 8, key=k), calls)
print(min(1, 2, key=str), max(10, 9, key=str))
try:
    max(1, 2, default=0)
except TypeError as e:
    print('TypeError', e)
try:
    min('a', 1, key=lambda v: v)
except TypeError as e:
    print('TypeError', e)
