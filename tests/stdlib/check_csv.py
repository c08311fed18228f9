"""src/stdlib/csv.py against CPython's csv: the reader's state machine on
awkward input, the writer's quoting and escaping under every quoting mode,
DictReader and DictWriter."""
import csv
import io

from differential import finish, load, same

ours = load('csv')


def read(m, text, kwargs):
    r = m.reader(io.StringIO(text, newline=''), **kwargs)
    rows = list(r)
    return rows, r.line_num


def write(m, rows, kwargs):
    s = io.StringIO()
    w = m.writer(s, **kwargs)
    counts = [w.writerow(row) for row in rows]
    return counts, s.getvalue()


TEXTS = ['a,b,c\r\n1,2,3\n', 'a,"b,c",d\n"x""y",z', '"multi\nline",x\n', ' a, b', 'a,"b"c,d', '"unterminated', '',
         '\n\n', 'a\rb\n', 'a,b\r\n\r\nc', '"a"b,"c""",""', 'x\\,y,"q\\"r"', '1,"x",2.5,,3', 'a;b;"c;d"', 'a\0b',
         '"a\r\nb"\r\n', 'a,\r', ',', '""', ' "a", b']
PARAMS = [{}, {'skipinitialspace': True}, {'strict': True}, {'escapechar': '\\'}, {'delimiter': ';'},
          {'quoting': csv.QUOTE_NONE}, {'doublequote': False, 'escapechar': '\\'}, {'quotechar': "'"}]
for text in TEXTS:
    for params in PARAMS:
        same(read, csv, ours, text, params)
same(read, csv, ours, '1,"x",2.5', {'quoting': csv.QUOTE_NONNUMERIC})
same(read, csv, ours, '1,x', {'quoting': csv.QUOTE_NONNUMERIC})
ROWS = [['a', 'b c', 'd,e', 'f"g', 'h\ni', '', None, 1.5, 3, True, ' x', "q'r", 'back\\slash', 'cr\r']]
for rows in [ROWS, [['']], [[]], [[None]], [['a'], ['b', 'c']], [('x', 2)], ['ab']]:
    for params in [{}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_NONE},
                   {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'},
                   {'doublequote': False}, {'delimiter': ';', 'lineterminator': '\n'}, {'quotechar': "'"},
                   {'escapechar': '\\'}]:
        same(write, csv, ours, rows, params)
same(write, csv, ours, [5], {})


def dict_read(m, text, kwargs):
    r = m.DictReader(io.StringIO(text), **kwargs)
    return r.fieldnames, list(r), r.line_num


for text in ['name,age\nann,3\nbob,4,extra\ncid\n\n', '', 'a,b\n', 'x\n1\n2\n']:
    for params in [{}, {'restkey': 'more', 'restval': '?'}, {'fieldnames': ['p', 'q']}]:
        same(dict_read, csv, ours, text, params)


def dict_write(m, rows, kwargs):
    s = io.StringIO()
    w = m.DictWriter(s, ['a', 'b'], **kwargs)
    w.writeheader()
    w.writerows(rows)
    return s.getvalue()


for rows in [[{'a': 1}, {'b': 2, 'a': 3}], [{'c': 1}], [{}]]:
    for params in [{}, {'restval': 'NA'}, {'extrasaction': 'ignore'}, {'extrasaction': 'bad'}]:
        same(dict_write, csv, ours, rows, params)
same(lambda m: (m.list_dialects(), m.get_dialect('excel-tab').delimiter, m.QUOTE_NONE), csv, ours)
finish('csv')
