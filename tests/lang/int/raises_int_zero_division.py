values = [10, 5, 0]
total = 100
for v in values:
    print(total // (v or 1))
print(total // values[2])
