s = '  Hello, World!  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')))
print(s.lower(), s.upper(), s.swapcase(), 'hello world'.capitalize(), 'hello wORLD foo'.title())
print('Straße'.casefold(), 'ABC'.isupper(), 'abc'.islower(), 'Abc Def'.istitle(), '   '.isspace())
print('123'.isdigit(), '12a'.isalnum(), 'abc'.isalpha(), '½'.isnumeric(), '²'.isdigit(), '²'.isdecimal())
print('x_1'.isidentifier(), '1x'.isidentifier(), 'abc\n'.isprintable(), ''.isalpha())
print('ab'.center(7, '*'), 'ab'.ljust(5, '-'), 'ab'.rjust(5), '42'.zfill(5), '-42'.zfill(6), '+7'.zfill(3))
print(repr('a\tb\tc'.expandtabs(4)), 'hello'.removeprefix('he'), 'hello'.removesuffix('lo'))
