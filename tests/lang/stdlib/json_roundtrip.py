import json

doc = {'name': 'ingot', 'version': [0, 3], 'fast': True, 'ratio': 21.5, 'notes': None,
       'tags': ['compiler', 'python'], 'nested': {'deep': {'deeper': [1, 2, {'x': 'é'}]}}}
text = json.dumps(doc)
print(text)
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc['nested'], separators=(',', ':'), ensure_ascii=False))
back = json.loads(text)
print(back == doc, back['nested']['deep']['deeper'][2]['x'], type(back['ratio']).__name__)
print(json.loads('[1, 2.5, "three", null, true, {"a": []}]'))
print(json.dumps([float('inf'), -0.0, 10 ** 20, 'tab\there "quoted"']))
for bad in ['{"a": 1,}', '[1 2]', '"unterminated', '', 'nul']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError', e)
