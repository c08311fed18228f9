MISSING = object()
def get(d, key, default=MISSING):
    if key in d:
        return d[key]
    if default is MISSING:
        return 'no ' + key
    return default
d = {'a': 1}
print(get(d, 'a'), get(d, 'b'), get(d, 'b', None), get(d, 'c', 0))
a, b = object(), object()
print(a is b, a == b, a is a, type(a).__name__, str(a).startswith('<object object at 0x'))
try:
    object().missing
except AttributeError as e:
    print('AttributeError', e)
