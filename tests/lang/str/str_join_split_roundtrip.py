csv = 'name,age,city\nann,31,nyc\nbob,,la\n'
rows = [line.split(',') for line in csv.strip().split('\n')]
print(rows)
header, *body = rows
records = [dict(zip(header, r)) for r in body]
print(records)
print('\n'.join(','.join(r) for r in rows) == csv.strip())
print('a,b,,c,'.split(','), 'a  b'.split(' '), ' a b '.split(), '1-2-3'.rsplit('-', 1), 'abc'.split('abc'))
