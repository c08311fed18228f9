total = 0.0
for i in range(1, 1001):
    total += 1.0 / (i * i)
print(total)
prod = 1.0
for i in range(1, 30):
    prod *= 1.5
print(prod)
mean = sum(x * 0.37 for x in range(100)) / 100
print(mean)
vals = [i * 0.1 for i in range(10)]
print(vals)
h = 1e-3
print(sum(h * (i * h) ** 2 for i in range(1000)))
