s = 'single'
s = "double"
s = '''triple
single'''
s = """triple
double"""
s = 'it\'s'
s = "say \"hi\""
s = '\a\b\f\n\r\t\v\\\0\7\77\101\x41\u0041\U00000041\N{LATIN SMALL LETTER E WITH ACUTE}\N{EM DASH}'
s = '\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{HANGUL SYLLABLE GA}\N{latin small letter a}'
s = 'unknown escapes kept: \d \w \q'
s = 'line \
continued'
s = r'raw \n \t \\ \''
s = R"raw"
s = u'unicode prefix'
s = U"unicode prefix"
s = b'bytes \x00\xff \n \' \\'
s = B"bytes"
s = br'raw bytes \n'
s = Rb'raw bytes'
s = bR'raw bytes'
s = rB"raw bytes"
s = 'implicit' "concatenation" '''of''' """strings"""
s = b'implicit' b"bytes"
s = ('parenthesized'
     'concatenation')
s = 'café ☕ 中文 𝔘𝔫𝔦𝔠𝔬𝔡𝔢'
s = 'non-printable: \x7f \x80 \xa0 \u200b \u2028 \ud7ff \ue000 \uffff \U0010ffff'
s = '\ud800 lone surrogate \udfff'
s = "quotes ' and \" mixed"
s = 'x' * 3 + "é"
s = ''
s = b''
s = """"""
s = '''a''b'''
