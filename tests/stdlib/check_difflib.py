"""src/stdlib/difflib.py against CPython's difflib: SequenceMatcher's
blocks, opcodes, hunks and ratios (junk, and autojunk's popular elements on
sequences of 200 items and more), get_close_matches, ndiff/Differ (the
similar-line pairing and '?' guides), restore, unified_diff, context_diff
and diff_bytes, over fixed and seeded random inputs, with their errors."""
import difflib
import random

from differential import finish, load, same

ours = load('difflib')
rng = random.Random(11)


def rand_text(alphabet, lo, hi):
    return ''.join(rng.choice(alphabet) for _ in range(rng.randrange(lo, hi)))


def rand_lines(pool, lo, hi):
    return [rng.choice(pool) for _ in range(rng.randrange(lo, hi))]


def matcher_case(m, a, b, junk, autojunk):
    isjunk = {None: None, 'space': lambda c: c == ' ', 'x': lambda c: c in 'x#'}[junk]
    s = m.SequenceMatcher(isjunk, a, b, autojunk)
    out = [s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio(),
           sorted(s.bjunk), sorted(s.bpopular), sorted(s.b2j.items())]
    for n in (0, 1, 3):
        out.append(list(s.get_grouped_opcodes(n)))
    out.append(s.find_longest_match())
    if len(a) > 2 and len(b) > 2:
        out.append(s.find_longest_match(1, len(a) - 1, 1, len(b) - 1))
    s.set_seq1(b)
    out.append(s.get_opcodes())
    s.set_seqs(a, a)
    out.append(s.ratio())
    return out


FIXED = [('', ''), ('abc', ''), ('', 'abc'), ('abcd', 'bcde'), ('qabxcd', 'abycdf'), ('private Thread currentThread;',
         'private volatile Thread currentThread;'), (' abcd', 'abcd abcd'), ('a' * 5, 'a' * 3), ('ab ab', 'ba ba')]
for a, b in FIXED:
    for junk in (None, 'space', 'x'):
        same(matcher_case, difflib, ours, a, b, junk, True)
for _ in range(500):
    a = rand_text('abcx #', 0, 30)
    b = rand_text('abcx #', 0, 30)
    same(matcher_case, difflib, ours, a, b, rng.choice([None, 'space', 'x']), True)
# Long sequences: autojunk's popular elements, on and off.
for _ in range(60):
    a = rand_text('abcdefghij' + 'x' * rng.randrange(0, 30), 150, 320)
    b = rand_text('abcdefghij' + 'x' * rng.randrange(0, 30), 150, 320)
    for autojunk in (True, False):
        same(matcher_case, difflib, ours, a, b, rng.choice([None, 'space']), autojunk)
same(matcher_case, difflib, ours, 'x' * 300, 'x' * 250 + 'y', None, True)
same(matcher_case, difflib, ours, ['x'] * 300, ['x'] * 199 + ['y'], None, True)
same(matcher_case, difflib, ours, (1, 2, 3, 4), (2, 3, 5), None, True)

WORDS = ['apple', 'ape', 'apply', 'peach', 'puppy', 'appel', 'pineapple', 'a', '', 'APPLE', 'applesauce', 'lemon']
for word in ['appel', 'apple', 'pea', '', 'xyz', 'lemons']:
    for n, cutoff in ((3, 0.6), (1, 0.0), (10, 0.3), (2, 1.0), (0, 0.5), (3, 1.5), (3, -0.1), (-1, 0.5)):
        same(lambda m, w, n, c: m.get_close_matches(w, WORDS, n, c), difflib, ours, word, n, cutoff)
same(lambda m: m.get_close_matches('wheel', ['wheel', 'wheel', 'whee', 'whale']), difflib, ours)

LINES = ['one\n', 'two\n', 'three\n', 'four\n', 'fuor\n', 'thre\n', '\tindented line\n', '    spaced  out\n',
         'tree\n', '\n', '# comment\n', 'one two three\n', 'one tw three\n', 'five\n', 'x\n']


def ndiff_case(m, a, b, linejunk, charjunk):
    lj = {None: None, 'std': m.IS_LINE_JUNK}[linejunk]
    cj = {None: None, 'std': m.IS_CHARACTER_JUNK}[charjunk]
    delta = list(m.ndiff(a, b, lj, cj)) if cj is not None else list(m.Differ(lj).compare(a, b))
    return delta, list(m.restore(delta, 1)), list(m.restore(delta, 2))


def diffs_case(m, a, b, n, names):
    return (list(m.unified_diff(a, b, *names, n=n)), list(m.context_diff(a, b, *names, n=n)),
            list(m.unified_diff(a, b, lineterm='', n=n)), list(m.context_diff(a, b, lineterm='', n=n)))


for _ in range(250):
    a = rand_lines(LINES, 0, 12)
    b = rand_lines(LINES, 0, 12)
    same(ndiff_case, difflib, ours, a, b, rng.choice([None, 'std']), rng.choice([None, 'std']))
    names = rng.choice([(), ('a.txt', 'b.txt'), ('old', 'new', '2024-01-01', ''), ('', '', '', 'd2')])
    same(diffs_case, difflib, ours, a, b, rng.choice([0, 1, 3, 5]), names)
base = ['line %d\n' % k for k in range(40)]
edited = base[:3] + ['inserted\n'] + base[3:10] + base[12:30] + ['changed 30\n'] + base[31:]
for n in (0, 1, 3, 8):
    same(diffs_case, difflib, ours, base, edited, n, ('a', 'b'))
same(ndiff_case, difflib, ours, base, edited, None, 'std')
same(ndiff_case, difflib, ours, ['abcDefghiJkl\n'], ['abcdefGhijkl\n'], None, 'std')
same(ndiff_case, difflib, ours, ['\tab cd x\n'], ['\tab cdy x\n'], None, 'std')

for bad in ((['a'], [b'b'], ()), ([1], ['a'], ()), (['a'], ['b'], (5,)), (['a'], ['b'], ('x', b'y'))):
    same(lambda m, a, b, names: list(m.unified_diff(a, b, *names)), difflib, ours, *bad)
    same(lambda m, a, b, names: list(m.context_diff(a, b, *names)), difflib, ours, *bad)
same(lambda m: list(m.restore(['- a', '+ b'], 3)), difflib, ours)
same(lambda m: list(m.diff_bytes(m.unified_diff, [b'a\n', b'\xff\n'], [b'b\n', b'\xff\n'], b'x', b'y')), difflib, ours)
same(lambda m: list(m.diff_bytes(m.context_diff, [b'a\n', b'c\n'], [b'b\n', b'c\n'], b'x', b'y', n=0)), difflib, ours)
same(lambda m: list(m.diff_bytes(m.unified_diff, ['a\n'], [b'b\n'])), difflib, ours)
for line in ['', '\n', '  #  \n', '#', '# x\n', 'x', '\t\n', '##\n']:
    same(lambda m, s: m.IS_LINE_JUNK(s), difflib, ours, line)
for ch in ' \tx\n':
    same(lambda m, c: m.IS_CHARACTER_JUNK(c), difflib, ours, ch)
same(lambda m: (m.Match(1, 2, 3), m.Match(1, 2, 3).size), difflib, ours)
finish('difflib')
