"""src/stdlib/fnmatch.py against CPython's fnmatch: translate()'s exact
regular expressions (sets, ranges, empty and reversed ranges, escapes,
runs of stars) and matching."""
import fnmatch
import itertools

from differential import finish, load, same

ours = load('fnmatch')

PATTERNS = ['*', '*.py', 'a?c', '[abc]*', '[!abc]x', '[]]', '[!]]', '[a-c]', '[z-a]', '[a-c-e]', '[--/]', '[a-]',
            '[!a-z0-9]*', '[\\]', '[&&~~||]', '[^x]', '[[x]', '[!]', '[]', '[', 'a[', '**a**b*c*', '*.[ch]',
            'file[0-9][0-9].txt', 'x.y+z(1)', '?*?', '[b-a-c]', '[a-b-c-d]', '[!-]', '[\\-x]', 'a*b?c[de]*']
NAMES = ['', 'a', 'abc', 'x.py', 'setup.py', 'bx', 'dx', ']', '-', '&', '\\', 'file12.txt', 'file1a.txt', 'a.c',
         'a.h', 'x.y+z(1)', 'aXbYcZ', 'abcde', 'a\nb', '[x', '^', 'b']
for pat in PATTERNS:
    same(lambda m, p: m.translate(p), fnmatch, ours, pat)
    same(lambda m, p: m.filter(NAMES, p), fnmatch, ours, pat)
for pat, name in itertools.product(PATTERNS[:12], NAMES):
    same(lambda m, n, p: (m.fnmatch(n, p), m.fnmatchcase(n, p)), fnmatch, ours, name, pat)
finish('fnmatch')
