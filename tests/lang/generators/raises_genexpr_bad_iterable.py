def load():
    return {'a': 1}['b']

print('start')
g = (x for x in load())
print('never')
