# dict() and update() from items whose length is only known at run time:
# lists, tuples built by zip_longest, rows read from text.
import itertools

print(dict([[1, 'one'], [2, 'two']]))
print(dict(itertools.zip_longest('ab', [1, 2, 3], fillvalue='?')))
rows = [line.split('=') for line in ['a=1', 'b=2', 'c=3']]
config = dict(rows)
print(config)
config.update([['d', '4'], ('e', '5')])
config.update(line.split(':') for line in ['f:6'])
print(config)
try:
    dict([['x', 1, 2]])
except ValueError as e:
    print('ValueError:', e)
try:
    config.update([('g', 7), ['h']])
except ValueError as e:
    print('ValueError:', e)
print(config.get('g'))
