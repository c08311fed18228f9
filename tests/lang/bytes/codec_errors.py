# The error handlers of str.encode and bytes.decode, and UTF-16.
text = 'aé€𝔘z'
for codec in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-16-be', 'utf-16']:
    for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        print(codec, errors, text.encode(codec, errors))
print(text.encode('utf-16').decode('utf-16') == text, text.encode('utf-16-be').decode('utf-16-be'))
for data in [b'ab\xffcd', b'\xe2\x82', b'\xe2\x28\xa1x', b'\xc0\xaf', b'ok\xed\xa0\x80']:
    for errors in ['replace', 'ignore', 'backslashreplace']:
        print(data, errors, repr(data.decode('utf-8', errors)))
    try:
        data.decode('utf-8')
    except UnicodeDecodeError as e:
        print(e.start, e.end, e.reason, '|', e)
for data in [b'a\x00b', b'\x00\xd8\x00\x00', b'\x00\xdc']:
    try:
        print(data.decode('utf-16-le'))
    except UnicodeDecodeError as e:
        print(e.start, e.end, e.reason, '|', e)
try:
    'naïve café'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason, '|', e)
try:
    b'x'.decode('utf-8', 'no-such-handler')
    b'\xff'.decode('utf-8', 'no-such-handler')
except LookupError as e:
    print('LookupError', e)
