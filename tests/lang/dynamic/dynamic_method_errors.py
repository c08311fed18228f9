# CPython's errors from methods called through a dynamic value.
data = {'l': [3, 1, 2], 'd': {'a': 1}, 's': {1}, 't': (1, 2), 'f': frozenset([1])}

def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: data['l'].append())
attempt(lambda: data['l'].insert(1))
attempt(lambda: data['l'].pop(1, 2))
attempt(lambda: data['l'].pop(9))
attempt(lambda: data['l'].pop('x'))
attempt(lambda: data['l'].remove(42))
attempt(lambda: data['l'].index(42))
attempt(lambda: data['l'].sort(1))
attempt(lambda: data['l'].clear(1))
attempt(lambda: data['d'].get())
attempt(lambda: data['d'].pop('zz'))
attempt(lambda: data['d'].keys(1))
attempt(lambda: data['d'].update({}, {}))
attempt(lambda: data['d'].update([(1, 2, 3)]))
attempt(lambda: data['s'].remove(9))
attempt(lambda: data['s'].add([1]))
attempt(lambda: data['t'].index(9))
attempt(lambda: data['t'].append(1))
attempt(lambda: data['f'].add(1))
attempt(lambda: data['l'].nothing)
print(data['l'], data['d'], data['s'])
