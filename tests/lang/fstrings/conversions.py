class T:
    def __str__(self): return 'str-T'
    def __repr__(self): return 'repr-T'
    def __format__(self, spec): return 'format-T(' + spec + ')'
t = T()
print(f'{t}', f'{t!s}', f'{t!r}', f'{t!a}', f'{t:xyz}', f'{t!s:>8}', f'{t!r:<8}|')
for v in ['quote\'s', 'tab\t', 'ünï', 7, None, [1, 'a'], ('é',)]:
    print(f'{v!r} {v!a} {v!s}')
