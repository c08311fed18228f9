import shlex

lexer = shlex.shlex(posix=True)
lexer.whitespace_split = True
print(lexer.infile, lexer.eof)
for token in lexer:
    print(lexer.lineno, repr(token))
