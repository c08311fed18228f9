"""src/stdlib/keyword.py against CPython's keyword: the lists and both
tests on every keyword, near-keywords and odd arguments."""
import keyword

from differential import finish, load, same

ours = load('keyword')
WORDS = keyword.kwlist + keyword.softkwlist + ['print', 'self', 'TRUE', 'none', 'match_', '', ' if', 'exec', 'type']
same(lambda m: (m.kwlist, m.softkwlist, m.__all__), keyword, ours)
for word in WORDS:
    same(lambda m, w: (m.iskeyword(w), m.issoftkeyword(w)), keyword, ours, word)
same(lambda m: (m.iskeyword(5), m.issoftkeyword(None)), keyword, ours)
same(lambda m: m.iskeyword([]), keyword, ours)
finish('keyword')
