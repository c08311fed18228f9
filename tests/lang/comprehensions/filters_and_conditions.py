data = [('ann', 31, 'nyc'), ('bob', 17, 'la'), ('cy', 45, 'nyc'), ('di', 22, 'sf'), ('ed', 15, 'nyc')]
adults = [n for n, a, c in data if a >= 18]
by_city = {c: [n for n, _, cc in data if cc == c] for c in sorted({c for _, _, c in data})}
print(adults, by_city)
print([n.title() if a > 30 else n.upper() for n, a, _ in data])
print({n: ('minor' if a < 18 else 'adult') for n, a, c in data if c != 'la'})
print([(n, a) for n, a, c in data if c == 'nyc' if a % 2 == 1])
