# str.format_map: fields looked up as mapping[name], with __missing__ and
# any class with __getitem__; positional fields are refused.
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
class Upper:
    def __getitem__(self, key):
        return key.upper()
print('{a}-{b}'.format_map({'a': 1, 'b': 2.5}), '{name!r:>8}|'.format_map({'name': 'x'}))
print('{a} {zz}'.format_map(Default(a=1)), '{hi} {there[0]}'.format_map(Upper()))
print('{p[1]} {q.real}'.format_map({'p': [7, 8], 'q': 3}), '{{a}}'.format_map({}))
for fmt in ['{}', '{0}', '{missing}']:
    try:
        print(fmt.format_map({'a': 1}))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
