"""html.entities: HTML5's named character references and HTML 4's entity
names, as the dicts the library reference describes.

The names themselves are data: tools/gen_html_entities.py writes them at
build time into the module `_html_entity_table` (in the build tree, found
after src/stdlib), one string per table; the dicts are made from those
here, in the order of CPython's."""

from _html_entity_table import HTML4, HTML5

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']


def _entries(table):
    """(name, text) for each 'NAME HEX[+HEX]' line of a table."""
    for line in table.split('\n'):
        name, _, codes = line.partition(' ')
        yield name, ''.join([chr(int(code, 16)) for code in codes.split('+')])


# HTML5's references, the name with its ';', and without for the legacy
# ones a browser accepts bare ('amp', 'lt'): 'amp;' -> '&'.
html5 = {}
# HTML 4's 252 names (no ';') and the code point of each: 'amp' -> 0x26.
name2codepoint = {}
codepoint2name = {}
# HTML 4's names and their characters: 'amp' -> '&'.
entitydefs = {}

for _name, _text in _entries(HTML5):
    html5[_name] = _text
for _name, _text in _entries(HTML4):
    name2codepoint[_name] = ord(_text)
    codepoint2name[ord(_text)] = _name
    entitydefs[_name] = _text
