name, n, pi = 'Ada', 42, 3.14159265
print(f'{name} has {n} items costing {pi}')
print(f'{n + 1} {n * 2 = } {name.upper()} {len(name)} {[1, 2][1]} {"nested"} {{braces}}')
print(f'{name!r} {name!s} {"é€"!a} {n!r} {3.0!s}')
d = {'k': 'v'}
print(f"{d['k']} {d!r}", f'''{n}''', f'{n}' f'{name}', rf'\n{n}', fr'{name}\t')
x = 10
print(f'{x=}', f'{x = }', f'{x=:5d}', f'{x=!r}', f'{name=}')
print(f'{(lambda: "lam")()}', f'{"a" if n else "b"}', f'{n:{"x"}}', f'{pi:.{n // 10}f}')
