import json
doc = {'users': [{'id': 1, 'name': 'Ann', 'score': 9.5, 'tags': ['admin']}, {'id': 2, 'name': 'Bo', 'score': None, 'tags': []}],
       'ok': True, 'count': 2}
text = json.dumps(doc, sort_keys=True)
print(text)
back = json.loads(text)
print(back == doc, back['users'][0]['name'], type(back['users'][1]['score']).__name__)
print(json.dumps([1, 'é', 1.5, None, False], ensure_ascii=False), json.dumps({'a': [1, {'b': 2}]}, indent=2))
def walk(v, depth=0):
    if isinstance(v, dict):
        for k in v:
            print('  ' * depth + str(k))
            walk(v[k], depth + 1)
    elif isinstance(v, list):
        for x in v:
            walk(x, depth + 1)
    else:
        print('  ' * depth + repr(v))
walk(doc)
