for s in ['', 'a', 'hello', 'héllo€', 'longer than ten chars']:
    print(f'[{s:10}][{s:>10}][{s:^10}][{s:*<8}][{s:.3}][{s:-^9.2}][{s!r:>12}]')
w = 12
print(f'[{"dyn":>{w}}] [{"x":{"<"}{5}}]')
items = [('apple', 1.5, 3), ('kiwi', 0.25, 12), ('watermelon', 3.0, 1)]
print(f'{"name":<12}{"price":>8}{"qty":>5}')
for name, price, qty in items:
    print(f'{name:<12}{price:>8.2f}{qty:>5d}')
print(f'{"total":<12}{sum(p * q for _, p, q in items):>8.2f}')
