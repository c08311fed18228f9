"""src/stdlib/textwrap.py against CPython's textwrap: the hand-written chunk
scanner against wordsep_re on random text full of hyphens, dashes,
punctuation and odd whitespace, and every option of the wrapper."""
import random
import textwrap

from differential import finish, load, same

ours = load('textwrap')
rng = random.Random(1234)

PIECES = ['word', 'a', 'hyphen-ated', 'well-known-fact', 'x-y', 'ab-c', 'a-bc-d', 'co--operate', 'end--', '--start',
          'one---two', 'e.g.', 'yes!', 'what?', 'said."', "it's", 'x,y', 'A-1', 'mid-2010s', '_a-_b', 'é-ñ-ü',
          'Stop.', 'ok.', '"quoted."', 'a&b--c', '-', '--', '---', '9-9', 'aa-9', 'supercalifragilisticexpialidocious',
          'long-hyphenated-compound-word-here', 'µ-ß', '½-x', 'tab', '\u00a0', 'x\u00a0y', '\u2003', '', '..--ab']
SPACES = [' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\x0b', '\x0c', ' \t ', '\n\n']


def random_text():
    parts = []
    for _ in range(rng.randrange(0, 30)):
        parts.append(rng.choice(PIECES))
        parts.append(rng.choice(SPACES))
    if rng.random() < 0.3:
        parts.insert(0, rng.choice(SPACES))
    return ''.join(parts[:-1] if parts and rng.random() < 0.5 else parts)


def random_options(width):
    # CPython loops forever on an indent wider than the width with
    # drop_whitespace=False: those are left out.
    options = {}
    for name, values in (('initial_indent', ['', '* ', '    ']), ('subsequent_indent', ['', '  ', '>>> ']),
                         ('expand_tabs', [True, False]), ('replace_whitespace', [True, False]),
                         ('fix_sentence_endings', [False, True]), ('break_long_words', [True, False]),
                         ('drop_whitespace', [True, False]), ('break_on_hyphens', [True, False]),
                         ('tabsize', [8, 4, 0]), ('max_lines', [None, 1, 2, 3]),
                         ('placeholder', [' [...]', '...', ' ~'])):
        if rng.random() < 0.4:
            options[name] = rng.choice(values)
    for name in ('initial_indent', 'subsequent_indent'):
        if len(options.get(name, '')) >= width:
            del options[name]
    return options


def wrapped(m, text, width, options):
    return m.wrap(text, width, **options)


def filled(m, text, width, options):
    return m.TextWrapper(width=width, **options).fill(text)


def chunks(m, text, hyphens):
    return m.TextWrapper(break_on_hyphens=hyphens)._split(text)


def shortened(m, text, width, placeholder):
    return m.shorten(text, width, placeholder=placeholder)


def dedented(m, text):
    return m.dedent(text)


def indented(m, text, prefix, all_lines):
    return m.indent(text, prefix, (lambda line: True) if all_lines else None)


for _ in range(3000):
    text = random_text()
    same(chunks, textwrap, ours, text, True)
    same(chunks, textwrap, ours, text, False)
    width = rng.choice([1, 2, 3, 5, 8, 10, 12, 15, 20, 30, 40, 70])
    same(wrapped, textwrap, ours, text, width, random_options(width))
    same(filled, textwrap, ours, text, width, random_options(width))
    same(shortened, textwrap, ours, text, width, rng.choice([' [...]', '...']) if width > 10 else '.')

INDENTS = ['', ' ', '  ', '\t', ' \t', '\t ', '    ', '        ']
for _ in range(2000):
    lines = [rng.choice(INDENTS) + rng.choice(['x', 'def f():', 'a b', '', '\r', 'y ', ' \t']) for _ in
             range(rng.randrange(0, 8))]
    text = rng.choice(['\n', '\r\n']).join(lines) + rng.choice(['', '\n', '\n  '])
    same(dedented, textwrap, ours, text)
    same(indented, textwrap, ours, text, rng.choice(['> ', '  ', '']), rng.random() < 0.3)

same(wrapped, textwrap, ours, 'abc', 0, {})
same(wrapped, textwrap, ours, 'abc def', 4, {'max_lines': 1, 'placeholder': ' [.....]'})
finish('textwrap')
