# Every prefix, in every case, with each kind of quote.
a = 'x', "x", '''x''', """x"""
b = r'x', R"x", u'x', U"x", b'x', B"x", f'x', F"x"
c = rb'x', Rb"x", rB'x', RB"x", br'x', bR"x", Br'x', BR"x"
d = fr'x', Fr"x", fR'x', FR"x", rf'x', rF"x", Rf'x', RF"x"
e = rb'''x''', BR"""x""", f'''{a}''', RF"""{b!r:>{c}}"""
f = '', "", '''''', """""", b'', f''
g = 'it''s', "say ""hi""", 'a' 'b' "c"
h = 'esc\'aped', "esc\"aped", '\\', "\\\\", r'\'', r"\"", '\
continued', """tri\"""ple""", '''a''b'''
i = f"{a!r} {b:{c}} {{literal}} {d['k']} {e + 1=}"
j = f'''
{a
 + b}
''' + """
multi
line
""" + r'''raw\
'''
k = 'unicode é ü 中文 😀', "\N{BULLET}"
l = (f"nested {f'{a}'}"
     "implicit"
     'join')
