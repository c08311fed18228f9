# html.escape and html.unescape: named references (with and without ';',
# longest-prefix matches), numeric ones with HTML5's replacements, and the
# html.entities tables.
import html
from html.entities import codepoint2name, entitydefs, html5, name2codepoint

print(html.escape('<a href="x">O\'Neil & Co</a>'))
print(html.escape('<a href="x">O\'Neil & Co</a>', quote=False))
for text in ['&lt;p&gt; &amp;amp; &quot;hi&quot; &#39;x&#x27;', '&copy 2024 &notin; &notit; &ampersand',
             '&#65;&#x42;&#X43;&#0068 &#x1F600; &#128512;', '&#0; &#13; &#128; &#x9f; &#x81; &#xD800; &#x110000;',
             '&#1; &#11; &#x7f; &#xFDD0; &#xFFFE; &#x10FFFF; &#9;', '&nosuch; & &; &#; &#x; &# 1', 'no refs at all',
             '&Eacute;&eacute&acE;&NotEqualTilde;', '&' + 'a' * 40 + ';', '&lt' * 3]:
    print(ascii(html.unescape(text)))
print(len(html5), html5['amp;'], html5['amp'], ascii(html5['acE;']), html5['NotEqualTilde;'] == '\u2242\u0338')
print(len(name2codepoint), name2codepoint['eacute'], codepoint2name[0x3c], ascii(entitydefs['nbsp']))
print(list(name2codepoint)[:5], list(html5)[:5])
