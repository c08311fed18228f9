import shlex

LINES = [
    'git commit -m "fix the parser" --amend',
    "echo 'single quoted $HOME' \"double \\\"escaped\\\"\" plain\\ space",
    'cc -O2 -o "my prog" main.c   util.c  # build it',
    "find . -name '*.py' -exec grep -l TODO {} \\;",
    'a""b \'\' "" x',
]
for line in LINES:
    words = shlex.split(line)
    print(len(words), words)
    print(shlex.split(line, comments=True))
    print(shlex.split(line, posix=False))
    print(shlex.join(words))
    assert shlex.split(shlex.join(words)) == words

for word in ["", "simple", "two words", "it's", "$(rm -rf)", "a@b.c:1,2/3+4=5%-_"]:
    print(repr(word), "->", shlex.quote(word))

lexer = shlex.shlex("ls -l | grep foo && (cd /tmp; make) > log 2>&1", punctuation_chars=True)
print(list(lexer))

lexer = shlex.shlex("key = value # comment\nother=\"quoted value\"\nlast 'one'", posix=True)
tokens = []
while True:
    tok = lexer.get_token()
    if tok is None:
        break
    tokens.append((tok, lexer.lineno))
print(tokens)

lexer = shlex.shlex("alpha beta gamma")
first = lexer.get_token()
lexer.push_token("pushed")
print(first, lexer.get_token(), lexer.get_token(), lexer.error_leader("cfg", 3))

for bad in ['unterminated "quote', "tail\\", "'open"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
