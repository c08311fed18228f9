for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', '\x00\x7f\x80', 'é€𝔘',
          '\u200b', '\\', '\r', '\x1b[0m', '\ud800', '\U000e0001', 'ÿ']:
    print(repr(s), ascii(s), len(s))
print([' a', 'b\n'], ('x',), {'k': "v'"})
print(str('x'), repr(repr('x')))
