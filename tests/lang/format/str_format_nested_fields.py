people = [{'name': 'Ann', 'langs': ['py', 'c']}, {'name': 'Bo', 'langs': ['go']}]
for p in people:
    print('{p[name]:>5} knows {p[langs][0]} ({n} total)'.format(p=p, n=len(p['langs'])))
print('{0.real} {0.imag} {1[0]}'.format(3 + 4j, 'xyz'), '{:{fill}{align}{width}}'.format('c', fill='.', align='>', width=6))
print('{0:{1}.{2}f}'.format(3.14159, 10, 3), '{:{}}'.format('z', 3) + '|')
