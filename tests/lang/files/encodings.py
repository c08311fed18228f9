# Text files in other codecs, and the errors= argument.
with open('latin.txt', 'w', encoding='latin-1') as f:
    f.write('café ÿ\n')
    print(f.encoding, f.errors)
with open('latin.txt', 'rb') as f:
    print(f.read())
with open('latin.txt', encoding='latin-1') as f:
    print(f.read())
with open('latin.txt', encoding='utf-8', errors='replace') as f:
    print(f.read())
with open('latin.txt', encoding='utf-8', errors='ignore') as f:
    print(f.read())
with open('latin.txt', encoding='ascii', errors='backslashreplace') as f:
    print(f.read())
try:
    with open('latin.txt', encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
    print(e)
try:
    with open('ascii.txt', 'w', encoding='ascii') as f:
        f.write('ok\n')
        f.write('née\n')
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, repr(e.object))
    print(e)
with open('ascii.txt', 'rb') as f:
    print(f.read())
with open('ascii.txt', 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('née €\n')
with open('ascii.txt') as f:
    print(f.read())
try:
    open('ascii.txt', encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
