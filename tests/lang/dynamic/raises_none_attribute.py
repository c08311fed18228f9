def lookup(key):
    table = {'a': 'apple'}
    return table.get(key)
print(lookup('a').upper())
print(lookup('b').upper())
