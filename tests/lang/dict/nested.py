db = {'users': [{'name': 'ann', 'tags': ['x', 'y']}, {'name': 'bo', 'tags': []}], 'count': 2}
print(db)
db['users'][1]['tags'].append('new')
print(db['users'][1], [u['name'] for u in db['users']])
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv, {k: len(v) for k, v in {'p': [1, 2], 'q': []}.items()})
tree = {}
for path in ['a/b/c', 'a/d', 'e']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
