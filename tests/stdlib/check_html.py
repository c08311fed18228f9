"""src/stdlib/html against CPython's html: escape, and unescape on every
named reference (with and without ';', as prefixes of longer words), on
numeric references across the code space's special ranges, and on
malformed ones; the tables of html.entities, which come from
tools/gen_html_entities.py's data module."""
import html
import html.entities
import os
import sys
import types

from differential import finish, load, same

# The data module the build writes (tools/gen_html_entities.py), made here the same way.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
import gen_html_entities  # noqa: E402

table = types.ModuleType('_html_entity_table')
exec(gen_html_entities.module_text(), table.__dict__)
sys.modules['_html_entity_table'] = table
ours = load('html')
entities = sys.modules['ingot_html.entities']

same(lambda m: (m.html5, list(m.html5)), html.entities, entities)
same(lambda m: (m.name2codepoint, list(m.name2codepoint), m.codepoint2name, m.entitydefs, m.__all__),
     html.entities, entities)

TEXTS = ['', 'plain', '<a href="x">O\'Neil & co</a>', '&&&', '"\'<>&', 'ü & 日本']
for text in TEXTS:
    same(lambda m, t: (m.escape(t), m.escape(t, False), m.escape(t, quote=True)), html, ours, text)

for name in html.entities.html5:
    same(lambda m, n: [m.unescape(t) for t in ('&' + n, 'x&' + n + 'y', '&' + n + ';', '&' + n + 'abc;',
                                                  '&' + n[:-1], '&' + n + n)], html, ours, name)

NUMBERS = list(range(0, 300)) + [0x7f, 0x80, 0x9f, 0xa0, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfdcf, 0xfdd0, 0xfdef,
                                 0xfdf0, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x1fffe, 0x1ffff, 0x10fffd, 0x10fffe,
                                 0x10ffff, 0x110000, 10 ** 30]
for number in NUMBERS:
    same(lambda m, k: [m.unescape(t % k) for t in ('&#%d;', '&#%d', '&#x%x;', '&#X%X', '&#%dz', '&#x%xg;',
                                                   '&#0%d;')], html, ours, number)

ODD = ['&', '&;', '&#', '&#;', '&#x', '&#x;', '&#xg;', '&# 65;', '&#-1;', '&#+1;', '& amp;', '&amp', '&AMP;',
       '&ampamp;', '&notit;', '&notin', '&notin;', '&nota', '&nosuch;', '&no', '&n', '&a\tb', '&a\rb;',
       '&' + 'a' * 40, '&' + 'a' * 31 + ';', '&' + 'a' * 32 + ';', '&' + 'a' * 33 + ';', '&lt' + 'x' * 40,
       '&&lt;', '&#65&#66;&#x43', '&lt;&gt&amp;&quot&apos;&nbsp;', 'a&b&c;', '&#38;#38;', '&amp;lt;',
       '&\u00e9;', '&Eacute', '&eacute;x', '&#x10FFFF;&#x110000;', '&#0000000065;', '&#x000041;',
       '&lt' + '\x0c', '&copy2020', '&acE;', '&NotEqualTilde;', '&ThickSpace;']
for text in ODD:
    same(lambda m, t: m.unescape(t), html, ours, text)
same(lambda m: m.__all__, html, ours)
finish('html')
