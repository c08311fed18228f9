# reversed() of a set raises TypeError; of a dict it gives the keys backwards.
for s in [{1, 2}, frozenset('ab')]:
    try:
        reversed(s)
    except TypeError as e:
        print('TypeError', e)
print(list(reversed({'a': 1, 'b': 2})), list(reversed([1, 2, 3])))
