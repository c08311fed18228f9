# A method returning None called on a union item (list | str): the list
# branch is a C++ void call, the other one looked up at run time.
d = {'a': [1], 'b': 'x'}
d['a'].append(2)
print(d)
r = d['a'].append(3)
print(r, d['a'])
try:
    d['b'].append(4)
except AttributeError as e:
    print('AttributeError', e)
