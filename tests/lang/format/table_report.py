rows = [('Alpha', 12, 3.5), ('Beta', 7, 12.25), ('Gamma-long-name', 1234, 0.125)]
print('%-16s %6s %8s' % ('Name', 'Count', 'Ratio'))
print('-' * 32)
for name, count, ratio in rows:
    print('%-16s %6d %8.3f' % (name, count, ratio))
print('=' * 32)
print('{:<16} {:>6} {:>8}'.format('Name', 'Count', 'Ratio'))
for name, count, ratio in rows:
    print('{:<16.10} {:>6,} {:>8.2%}'.format(name, count, ratio))
print('{:^32}'.format(' centered '), '|{:=^30}|'.format(' x '))
