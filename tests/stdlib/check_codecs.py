"""src/stdlib/codecs.py against CPython's codecs: every codec and alias
spelling, each error handler, UTF-32's errors and byte order marks,
lookup names and the TypeErrors."""
import codecs

from differential import finish, load, same

ours = load('codecs')
NAMES = ['utf-8', 'UTF8', 'u8', 'ascii', 'US-ASCII', '646', 'latin-1', 'L1', 'iso_8859_1', 'cp819',
         'utf-16', 'utf-16-le', 'UTF_16BE', 'utf-32', 'utf32', 'utf-32-le', 'utf_32_be', 'nope']
TEXTS = ['', 'abc', 'caf\xe9', '\u20ac\U0001f600', 'a\ud800b', '\udfff']
ERRORS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'bogus']
for name in NAMES:
    same(lambda m, n: m.lookup(n).name, codecs, ours, name)
    for text in TEXTS:
        for errors in ERRORS:
            # CPython's str.encode names a UTF-16 codec in its own LookupError,
            # so under CPython the module's wrapping of it is doubled.
            if errors != 'bogus' or '16' not in name:
                same(lambda m, t, n, e: m.encode(t, n, e), codecs, ours, text, name, errors)
DATA = [b'', b'a\x00\x00\x00', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a',
        b'\x00\xd8\x00\x00', b'\xff\xff\x11\x00x\x00\x00\x00', b'abc', b'a\x00\x00\x00b']
for name in ['utf-32', 'utf-32-le', 'utf-32-be', 'utf-8', 'latin-1']:
    for data in DATA:
        for errors in ERRORS[:4]:
            same(lambda m, d, n, e: m.decode(d, n, e), codecs, ours, data, name, errors)
same(lambda m: m.encode(5), codecs, ours)
same(lambda m: m.decode('text'), codecs, ours)
same(lambda m: m.lookup(5), codecs, ours)
same(lambda m: (m.getencoder('utf-8')('\xe9'), m.getdecoder('l1')(b'\xe9')), codecs, ours)
same(lambda m: [getattr(m, n) for n in dir(codecs) if n.startswith('BOM')], codecs, ours)
finish('codecs')
