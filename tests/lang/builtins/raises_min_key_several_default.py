print(max('a', 'bb', key=len))
min('a', 'bb', key=len, default='z')
