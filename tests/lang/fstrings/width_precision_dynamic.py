vals = [3.14159, 2.71828, 1.41421]
for w in range(6, 10, 1):
    for p in (1, 3):
        print(f'[{vals[p % 3]:{w}.{p}f}]', end='')
    print()
fill, align = '*', '^'
print(f'{"mid":{fill}{align}11}', f'{42:{"0"}{8}}', f'{255:{"#"}{"x"}}')
