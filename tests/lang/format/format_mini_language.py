specs = ['', '<8', '>8', '^8', '*^9', '+', '-', ' ', '08', '=+8', ',', '_', '.3', '10.2', '#x', '#o', '#b', 'e', '.2E', 'g', '%', '.1%', 'n', 'X', 'c']
values = [42, -7, 3.75, 'txt', 1234567]
for spec in specs:
    row = []
    for v in values:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            row.append('!' + type(e).__name__)
    print(repr(spec), row)
