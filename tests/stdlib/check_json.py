"""src/stdlib/json against CPython's json: output for every option, and the
error message and position of every way text can be malformed."""
import json

from differential import finish, load, same

ours = load('json')
VALUES = [None, True, False, 0, -7, 2 ** 70, 1.5, -0.0, 1e300, float('nan'), float('inf'), float('-inf'), '',
          'plain', 'quote " back \\ slash / nl \n tab \t cr \r bs \b ff \f', '\x00\x1f\x7f', 'é€𝄞', [], {}, (),
          [1, [2, [3, []]], {}], (1, 'a'), {'b': 1, 'a': [1, 2, {'c': None}]},
          {1: 'int', 2.5: 'float', True: 't', False: 'f', None: 'n'}, {'z': 1, 'y': {'x': [], 'w': {}}}]
OPTIONS = [{}, {'sort_keys': True}, {'indent': 2}, {'indent': '\t', 'sort_keys': True}, {'indent': 0},
           {'separators': (',', ':')}, {'ensure_ascii': False}, {'allow_nan': False}]
TEXTS = ['', ' ', 'null', ' true ', 'false', '1', '-0', '-', '01', '1.', '1.5e3', '1E+2', '-2.5e-3', '1e', '.5',
         '"abc"', '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"', '"\\u00e9\\ud834\\udd1e"', '"\\ud834"', '"\\ud834\\u0041"',
         '"\\x41"', '"\\u12"', '"\\u12g4"', '"abc', '"a\nb"', '"a\\', '[]', '[1, 2 ,3 ]', '[1,]', '[1 2]', '[',
         '{}', '{"a": 1, "b": [true, null]}', '{"a" 1}', '{"a": 1,}', '{1: 2}', '{"a": 1', '{"a": 1 "b": 2}',
         'NaN', '-Infinity', 'Infinity', 'nul', '[1] x', '\n\n  [1,\n  ?]', '{"a": {"b": {"c": []}}}',
         '"\\ud834\\udd1e\\ud834"', '12345678901234567890123', '3.141592653589793238']


def dumps(m, value, options):
    return m.dumps(value, **options)


def loads(m, text, strict=True):
    try:
        return repr(m.loads(text, strict=strict))
    except m.JSONDecodeError as e:
        return 'JSONDecodeError', str(e), e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError)


def circular(m):
    xs = [1]
    xs.append(xs)
    return m.dumps(xs)


for value in VALUES:
    for options in OPTIONS:
        same(dumps, json, ours, value, options)
for text in TEXTS:
    same(loads, json, ours, text)
same(loads, json, ours, '"a\nb\tc"', False)
same(lambda m: m.dumps(object()), json, ours)
same(lambda m: m.dumps({(1, 2): 3}), json, ours)
same(lambda m: m.dumps({(1, 2): 3, 'a': 1}, skipkeys=True), json, ours)
same(lambda m: m.dumps({1: 2, 'a': 1}, sort_keys=True), json, ours)
same(lambda m: m.dumps([1, {2, 3}], default=sorted), json, ours)
same(lambda m: m.loads(b'[1, "\xc3\xa9"]'), json, ours)
same(lambda m: m.loads(5), json, ours)
same(circular, json, ours)
finish('json')
