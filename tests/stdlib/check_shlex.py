"""src/stdlib/shlex.py against CPython's shlex: split in both modes, with
and without comments, the shlex class's tokens (whitespace_split,
punctuation_chars, pushback, line numbers), quote and join, over fixed
cases and seeded random strings of the characters that matter."""
import io
import os
import random
import tempfile
import shlex

from differential import finish, load, same

ours = load('shlex')

FIXED = ['', ' ', 'a b c', '  leading and trailing  ', 'Do"Not"Separate', '"Do"Separate', "'single quoted' x",
         'a\\ b', '"a \\" b"', "'a \\' b", '"\\\\x"', '"\\x"', 'a#comment\nb', 'x # c\n y', "''", '""', 'a""b',
         'unterminated "quote', "unterminated 'quote", 'trailing\\', '"escaped at end\\', 'a&&b||c;d', 'a(b)c',
         'ls -l /tmp > out.txt 2>&1', 'echo "$HOME" \'$USER\' `cmd`', 'sp\u00e9cial \u00e9t\u00e9', 'a\tb\rc\nd',
         'x=1 y="two words" z=\'3\'', '#only comment', 'a#b', '((a))', '"a"\'b\'c', 'a\\\nb', '\\#x', 'a &b& c']
CHARS = ['a', 'b', '_', ' ', '\t', '\n', "'", '"', '\\', '#', '(', ')', ';', '&', '|', '<', '>', '-', '.', '=',
         '\u00e9', '*', '~', 'x']


def random_strings(count, seed):
    rng = random.Random(seed)
    return [''.join(rng.choice(CHARS) for _ in range(rng.randrange(0, 14))) for _ in range(count)]


CASES = FIXED + random_strings(1500, 7)


def split_case(m, s, comments, posix):
    return m.split(s, comments=comments, posix=posix)


def tokens_case(m, s, posix, whitespace_split, punctuation_chars, commenters):
    lexer = m.shlex(s, posix=posix, punctuation_chars=punctuation_chars)
    lexer.whitespace_split = whitespace_split
    if commenters is not None:
        lexer.commenters = commenters
    out = [lexer.wordchars, lexer.punctuation_chars, lexer.eof]
    while True:
        tok = lexer.get_token()
        out.append((tok, lexer.lineno))
        if tok == lexer.eof:
            break
    out.append((lexer.get_token(), lexer.lineno))
    return out


for s in CASES:
    for comments in (False, True):
        for posix in (True, False):
            same(split_case, shlex, ours, s, comments, posix)
for s in CASES[:700]:
    for posix in (True, False):
        for ws in (False, True):
            for punct in (False, True, '|&', '#;'):
                same(tokens_case, shlex, ours, s, posix, ws, punct, None)
        same(tokens_case, shlex, ours, s, posix, False, False, '')


def pushback_case(m, s):
    lexer = m.shlex(s, posix=True)
    first = lexer.get_token()
    lexer.push_token('pushed')
    lexer.push_token(first)
    return [first, lexer.get_token(), lexer.get_token(), list(lexer), lexer.error_leader(), lexer.error_leader('f', 9)]


def stream_case(m, s):
    lexer = m.shlex(io.StringIO(s), infile='conf.txt')
    lexer.wordchars += '.-'
    return [(t, lexer.lineno) for t in lexer] + [lexer.error_leader()]


def source_case(m, s):
    lexer = m.shlex(s, posix=True)
    lexer.push_source('inner one\ntwo', 'inner.txt')
    toks = [(lexer.get_token(), lexer.infile, lexer.lineno) for _ in range(6)]
    return toks


for s in FIXED + random_strings(100, 8):
    same(pushback_case, shlex, ours, s)
    same(stream_case, shlex, ours, s)
    same(source_case, shlex, ours, s)

def include_case(m, folder, text):
    lexer = m.shlex(text, infile=os.path.join(folder, 'main.conf'))
    lexer.source = 'source'
    lexer.wordchars += '.'
    return [(tok, os.path.basename(lexer.infile or ''), lexer.lineno) for tok in lexer]


with tempfile.TemporaryDirectory() as folder:
    with open(os.path.join(folder, 'inc.txt'), 'w') as f:
        f.write('in1 in2\nin3')
    for text in ('a source inc.txt b', 'source "inc.txt"\nz', 'x source missing.txt', 'source inc.txt'):
        same(include_case, shlex, ours, folder, text)

QUOTE = ['', 'plain', 'with space', "it's", '"dq"', 'a@b%c+d=e:f,g./h-i_j', '$x', '\u00e9', 'tab\there', "''", 5, 0,
         None, b'', b'x y', 3.5, [], ['a']]
for q in QUOTE:
    same(lambda m, q: m.quote(q), shlex, ours, q)
for args in (['ls', '-l'], ['a b', "c'd", ''], [], ['x', 5], ('t', 'u v')):
    same(lambda m, a: m.join(a), shlex, ours, args)
    same(lambda m, a: m.split(m.join(a)), shlex, ours, args)
finish('shlex')
