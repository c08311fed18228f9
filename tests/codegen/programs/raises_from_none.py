def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ValueError('no entry for ' + key) from None


print(lookup({'a': 1}, 'a'))
try:
    lookup({'x': 2}, 'b')
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
lookup({'a': 1}, 'z')
