s = 'Grüße, 世界! 𝔘'
b = s.encode('utf-8')
print(b, len(b), b.decode('utf-8') == s)
print(s.encode('utf-16-le')[:8], s.encode('latin-1', 'replace'), s.encode('ascii', 'ignore'))
print(s.encode('ascii', 'backslashreplace'), s.encode('ascii', 'xmlcharrefreplace'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(b'\xff abc'.decode('utf-8', 'replace'), b'caf\xc3\xa9'.decode(), bytes([0xe2, 0x82, 0xac]).decode())
