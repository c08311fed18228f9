s = 'Hello, Wörld! 𝔘𝔫𝔦𝔠𝔬𝔡𝔢'
t = tuple(s)
for start, stop, step in [(0, 5, 1), (7, None, 1), (None, None, -1), (-7, None, 2), (3, -3, 4), (None, 0, -3)]:
    print(repr(s[start:stop:step]), ''.join(t[start:stop:step]) == s[start:stop:step])
