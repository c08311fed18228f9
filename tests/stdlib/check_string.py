"""src/stdlib/string.py against CPython's string, Template's edge cases above all."""
import string

from differential import finish, load, same

ours = load('string')
TEMPLATES = ['$who likes $what, ${who}s rule, $$5', '$', 'a $1 b', 'x\ny $', '${who', '${}', '$who$what', '${ who}',
             'tail $$', '$_x9 $X', 'no', '', 'a\n\nb $ c', '${who}${what}x']


def constants(m):
    return [getattr(m, name) for name in ('whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters',
                                          'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable')]


def template(m, text, how):
    t = m.Template(text)
    if how == 'keywords':
        return t.substitute(who='tim', what='kung')
    if how == 'safe':
        return t.safe_substitute(who='x')
    if how == 'mapping':
        return t.substitute({'who': 1, 'what': 2}, what=3)
    if how == 'missing':
        return t.substitute(who='y')
    return t.is_valid(), t.get_identifiers()


def delimiter(m):
    class Percent(m.Template):
        delimiter = '%'
    return Percent('%a %% %{b} 100%').safe_substitute(a=1)


same(constants, string, ours)
same(lambda m: (m.capwords('hello  big world'), m.capwords(' a-b-c ', '-')), string, ours)
for text in TEMPLATES:
    for how in ('keywords', 'safe', 'mapping', 'missing', 'identifiers'):
        same(template, string, ours, text, how)
same(delimiter, string, ours)
finish('string')
