header = ['id', 'name', 'score']
rows = [[1, 'ann', 93.5], [22, 'bartholomew', 7.25], [333, 'cy', 100.0]]
widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(3)]
def line(cells):
    return ' | '.join(str(c).ljust(w) if isinstance(c, str) else str(c).rjust(w) for c, w in zip(cells, widths))
print(line(header))
print('-+-'.join('-' * w for w in widths))
for r in rows:
    print(line(r))
