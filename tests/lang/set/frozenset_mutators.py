# A frozenset has none of set's mutating methods; frozenset() is one too.
f = frozenset([1, 2])
for name, call in [('add', lambda: f.add(3)), ('discard', lambda: f.discard(1)),
                   ('update', lambda: f.update({4})), ('clear', lambda: f.clear()), ('pop', lambda: f.pop())]:
    try:
        call()
    except AttributeError as e:
        print(name, 'AttributeError', e)
print(f, hash(frozenset()) == hash(frozenset([])), frozenset())
s = {1}
s.add(2)
print(s)
