import random
import shlex

rng = random.Random(5)
CHARS = "ab_ \t\n'\"\\#();&|<>-.=*~"


def tokens(text, posix, whitespace_split, punctuation_chars):
    lexer = shlex.shlex(text, posix=posix, punctuation_chars=punctuation_chars)
    lexer.whitespace_split = whitespace_split
    out = []
    try:
        for tok in lexer:
            out.append(tok)
    except ValueError as e:
        out.append("!" + str(e))
    out.append(lexer.lineno)
    return out


for _ in range(120):
    text = "".join(rng.choice(CHARS) for _ in range(rng.randrange(12)))
    row = [repr(text)]
    for comments in (False, True):
        for posix in (True, False):
            try:
                row.append(shlex.split(text, comments=comments, posix=posix))
            except ValueError as e:
                row.append(str(e))
    row.append(tokens(text, True, False, False))
    row.append(tokens(text, False, False, True))
    row.append(tokens(text, True, True, "|&"))
    print(*row)
