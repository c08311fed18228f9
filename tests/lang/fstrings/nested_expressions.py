rows = [{'n': 'a', 'v': [1, 2]}, {'n': 'b', 'v': []}]
for r in rows:
    print(f"{r['n']}: {', '.join(str(x) for x in r['v']) or 'empty'} ({len(r['v'])} item{'s' if len(r['v']) != 1 else ''})")
width, prec = 10, 3
val = 2 ** 0.5
print(f'{val:{width}.{prec}f}|{val:>{width}}|{f"{val:.2f}":>8}')
print(f'{3 + 4 * 2}', f'{"-".join(["a", "b"])}', f'{ {"k": 1}["k"] }', f'{(1, 2)}', f'{[x * 2 for x in range(3)]}')
import math
print(f'{math.pi:.5f} {math.e:.2e} {math.tau!r}')
