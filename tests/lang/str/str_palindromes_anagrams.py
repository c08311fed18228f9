def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ['A man, a plan, a canal: Panama', 'racecar', 'hello', '', 'Était-ce Été?']:
    print(repr(s), is_pal(s))
words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']
groups = {}
for w in words:
    groups.setdefault(''.join(sorted(w)), []).append(w)
print(list(groups.values()))
