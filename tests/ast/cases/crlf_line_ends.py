"""Every line ends in CRLF,
including inside this docstring."""
x = 1
if x:
    y = (1,
         2)
    z = 1 + \
        2
s = '''a
b'''
f = f"""{x}
{y}"""
