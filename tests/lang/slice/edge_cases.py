xs = list(range(10))
for start in (None, -15, -3, 0, 4, 15):
    for stop in (None, -12, -2, 3, 12):
        for step in (None, -3, -1, 2):
            print(xs[start:stop:step], end=';')
    print()
