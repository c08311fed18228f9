import io
import shlex

# A configuration language: words may hold dots and dashes, '%' starts comments.
lexer = shlex.shlex(io.StringIO("server.name = web-01 % primary\nport = 8080\npaths = '/a b' /c\n"), infile="app.conf")
lexer.wordchars += ".-/"
lexer.commenters = "%"
print(lexer.infile, lexer.posix, repr(lexer.eof))
while True:
    tok = lexer.get_token()
    if tok == lexer.eof:
        break
    print(lexer.error_leader() + repr(tok))

# Non-POSIX: quotes stay, other characters are tokens of their own.
print(list(shlex.shlex('call(a, "b c", d\'e\')')))
print(list(shlex.shlex("a=1;b=2", posix=True)))
lexer = shlex.shlex("x && y || z; w > f", posix=True, punctuation_chars=True)
print(lexer.punctuation_chars, list(lexer))
lexer = shlex.shlex("~/bin/run --opt=1 a|b", punctuation_chars="|")
lexer.whitespace_split = True
print(list(lexer))

# An included file, read to its end before the outer input goes on.
lexer = shlex.shlex("outer1 outer2", posix=True)
lexer.push_source("inner1\ninner2", "inc.txt")
print([(lexer.get_token(), lexer.infile, lexer.lineno) for _ in range(5)])

# Tokens pushed back come out first, last pushed first.
lexer = shlex.shlex("one two")
lexer.push_token("b")
lexer.push_token("a")
print([lexer.get_token() for _ in range(5)])

lexer = shlex.shlex("escaped\\ space 'in quotes' \"dq \\\\ \\x\"", posix=True)
lexer.whitespace_split = True
print(list(lexer))
print(shlex.split("a\\ b"), shlex.join(["it's", "plain", ""]))
