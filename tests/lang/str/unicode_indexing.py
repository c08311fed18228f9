s = 'héllo wörld €uro 𝔘nicode 中文'
print(len(s), s[1], s[-1], s[17], s[-9], s[6:11], s[::-1], s[::3])
for i, c in enumerate('a€𝔘é'):
    print(i, c, ord(c), len(c), c.encode('utf-8'))
print(len('𝔘'.encode('utf-8')), len('𝔘'.encode('utf-16-le')), len('€'))
print([c for c in 'añ中𝔘'])
print(s.find('€'), s.index('中'), s.count('o'), 'ö' in s, '𝔘n' in s)
print(chr(0x1F600), len(chr(0x1F600)), hex(ord('😀')))
print(s.upper(), s.title())
print('ß'.upper(), 'İ'.lower(), len('İ'.lower()), 'ǅ'.lower(), 'ﬁ'.upper())
