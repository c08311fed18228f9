d = {'alpha': 1}
print(d['alpha'])
d['be"ta\'']
