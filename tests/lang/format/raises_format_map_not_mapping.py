print('{a}'.format_map({'a': 'ok'}))
print('{a}'.format_map(42))
