"""difflib: comparing sequences (SequenceMatcher, Differ, ndiff, restore,
unified_diff, context_diff, diff_bytes, get_close_matches), written from
the library reference.

SequenceMatcher finds the longest block of b's elements that also occurs
in a, without "junk" and "popular" elements in it, then extends it over
equal elements at both ends (first non-junk ones, then junk ones), and
does the same to the left and right of it until no block is left. Ties
go to the block that starts earliest in a, then earliest in b. With
autojunk, an element of a b of 200 or more items is "popular" when it
occurs more than len(b) // 100 + 1 times."""

from collections import namedtuple

__all__ = ["get_close_matches", "ndiff", "restore", "SequenceMatcher", "Differ", "IS_CHARACTER_JUNK",
           "IS_LINE_JUNK", "context_diff", "unified_diff", "diff_bytes", "Match"]

Match = namedtuple('Match', 'a b size')


def _ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self.b2j = {}
        self.bjunk = set()
        self.bpopular = set()
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence (the one compared against the second)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = None
        self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence, and index it: its positions by element,
        less junk and popular elements."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        b = self.b
        where = {}
        for pos, elt in enumerate(b):
            if elt in where:
                where[elt].append(pos)
            else:
                where[elt] = [pos]
        junk = set()
        if self.isjunk is not None:
            for elt in list(where):
                if self.isjunk(elt):
                    junk.add(elt)
                    del where[elt]
        popular = set()
        if self.autojunk and len(b) >= 200:
            most = len(b) // 100 + 1
            for elt in list(where):
                if len(where[elt]) > most:
                    popular.add(elt)
                    del where[elt]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest matching block in a[alo:ahi] and b[blo:bhi], as Match(i, j, size)."""
        a = self.a
        b = self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i = alo
        best_j = blo
        best_size = 0
        # run_at[j]: the length of the common run ending at a[i - 1] and b[j].
        run_at = {}
        for i in range(alo, ahi):
            runs = {}
            for j in self.b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                size = run_at.get(j - 1, 0) + 1
                runs[j] = size
                if size > best_size:
                    best_i = i - size + 1
                    best_j = j - size + 1
                    best_size = size
            run_at = runs
        # Grow the block over equal elements the index left out: popular
        # ones first, then junk ones.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and (b[best_j - 1] in self.bjunk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_size += 1
            while (best_i + best_size < ahi and best_j + best_size < bhi
                   and (b[best_j + best_size] in self.bjunk) == want_junk
                   and a[best_i + best_size] == b[best_j + best_size]):
                best_size += 1
        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        """The matching blocks, in order, as Match triples, merged where
        adjacent, and ended by Match(len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a = len(self.a)
        len_b = len(self.b)
        found = []
        todo = [(0, len_a, 0, len_b)]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            if m.size == 0:
                continue
            found.append((m.a, m.b, m.size))
            if alo < m.a and blo < m.b:
                todo.append((alo, m.a, blo, m.b))
            if m.a + m.size < ahi and m.b + m.size < bhi:
                todo.append((m.a + m.size, ahi, m.b + m.size, bhi))
        found.sort()
        blocks = []
        for i, j, size in found:
            if blocks:
                last = blocks[-1]
                if last.a + last.size == i and last.b + last.size == j:
                    blocks[-1] = Match(last.a, last.b, last.size + size)
                    continue
            blocks.append(Match(i, j, size))
        blocks.append(Match(len_a, len_b, 0))
        self.matching_blocks = blocks
        return blocks

    def get_opcodes(self):
        """How to turn a into b: a list of (tag, i1, i2, j1, j2) with the tags
        'replace', 'delete', 'insert' and 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        codes = []
        i = 0
        j = 0
        for block in self.get_matching_blocks():
            if i < block.a:
                codes.append(('replace' if j < block.b else 'delete', i, block.a, j, block.b))
            elif j < block.b:
                codes.append(('insert', i, block.a, j, block.b))
            i = block.a + block.size
            j = block.b + block.size
            if block.size:
                codes.append(('equal', block.a, i, block.b, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """The opcodes in groups ("hunks") with up to n elements of context."""
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        # Keep only n elements of an equal run at either end. CPython trims
        # the opcodes it keeps, so a later get_opcodes() shows the trimmed ends too.
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # An equal run longer than 2n splits the hunk: n elements end
            # this one and n begin the next.
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and (len(group) > 1 or group[0][0] != 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: twice the matched elements over the total."""
        matched = 0
        for block in self.get_matching_blocks():
            matched += block.size
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(): elements in common, regardless of order."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        matched = 0
        for elt in self.a:
            have = left.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matched += 1
        return _ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """A quicker upper bound on ratio(), from the lengths alone."""
        len_a = len(self.a)
        len_b = len(self.b)
        return _ratio(min(len_a, len_b), len_a + len_b)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) of possibilities whose ratio with word reaches cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
            score = matcher.ratio()
            if score >= cutoff:
                scored.append((score, candidate))
    scored.sort(reverse=True)
    return [candidate for score, candidate in scored[:n]]


def IS_LINE_JUNK(line, pat=None):
    """True for a blank line, or one holding only '#' (with whitespace around it)."""
    if pat is not None:
        return pat(line) is not None
    bare = line.strip()
    return bare == '' or bare == '#'


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


class Differ:
    """Compares sequences of lines, writing a human-readable delta: lines
    prefixed '- ', '+ ', '  ', and '? ' guides under changed lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._similar_lines(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from _prefixed('-', a, alo, ahi)
            elif tag == 'insert':
                yield from _prefixed('+', b, blo, bhi)
            else:
                yield from _prefixed(' ', a, alo, ahi)

    def _similar_lines(self, a, alo, ahi, b, blo, bhi):
        """A replaced block: pair off its most similar lines (ratio above
        0.74, reaching 0.75) and show their differences, recursively around them."""
        best = 0.74
        best_i = -1
        best_j = -1
        same_i = -1
        same_j = -1
        chars = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            chars.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if same_i < 0:
                        same_i = i
                        same_j = j
                    continue
                chars.set_seq1(a[i])
                if chars.real_quick_ratio() > best and chars.quick_ratio() > best:
                    score = chars.ratio()
                    if score > best:
                        best = score
                        best_i = i
                        best_j = j
        identical = False
        if best < 0.75:
            if same_i < 0:
                yield from _unpaired(a, alo, ahi, b, blo, bhi)
                return
            best_i = same_i
            best_j = same_j
            identical = True
        yield from self._around(a, alo, best_i, b, blo, best_j)
        if identical:
            yield '  ' + a[best_i]
        else:
            yield from self._line_change(a[best_i], b[best_j])
        yield from self._around(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _around(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._similar_lines(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from _prefixed('-', a, alo, ahi)
        elif blo < bhi:
            yield from _prefixed('+', b, blo, bhi)

    def _line_change(self, old, new):
        """Two similar lines, each with a '?' guide marking its changed characters."""
        chars = SequenceMatcher(self.charjunk, old, new)
        old_marks = []
        new_marks = []
        for tag, i1, i2, j1, j2 in chars.get_opcodes():
            if tag == 'equal':
                old_marks.append(' ' * (i2 - i1))
                new_marks.append(' ' * (j2 - j1))
            elif tag == 'replace':
                old_marks.append('^' * (i2 - i1))
                new_marks.append('^' * (j2 - j1))
            elif tag == 'delete':
                old_marks.append('-' * (i2 - i1))
            else:
                new_marks.append('+' * (j2 - j1))
        old_guide = _guide(old, ''.join(old_marks))
        new_guide = _guide(new, ''.join(new_marks))
        yield '- ' + old
        if old_guide:
            yield '? ' + old_guide + '\n'
        yield '+ ' + new
        if new_guide:
            yield '? ' + new_guide + '\n'


def _guide(line, marks):
    """The marks, with whitespace of the line kept under unmarked characters
    (so tabs line up), and trailing blanks dropped."""
    out = []
    for k in range(len(marks)):
        if marks[k] == ' ' and k < len(line) and line[k].isspace():
            out.append(line[k])
        else:
            out.append(marks[k])
    return ''.join(out).rstrip()


def _prefixed(tag, lines, lo, hi):
    for k in range(lo, hi):
        yield '%s %s' % (tag, lines[k])


def _unpaired(a, alo, ahi, b, blo, bhi):
    """Lines with nothing similar: the shorter side first, the '-' side on a tie."""
    if bhi - blo < ahi - alo:
        yield from _prefixed('+', b, blo, bhi)
        yield from _prefixed('-', a, alo, ahi)
    else:
        yield from _prefixed('-', a, alo, ahi)
        yield from _prefixed('+', b, blo, bhi)


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ's delta of two lists of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences (1 or 2) an ndiff()/Differ delta came from."""
    if which == 1:
        keep = '- '
    elif which == 2:
        keep = '+ '
    else:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % (which,))
    return _restored(delta, keep)


def _restored(delta, keep):
    for line in delta:
        if line[:2] == '  ' or line[:2] == keep:
            yield line[2:]


def _check_str(a, b, names):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' % (type(lines[0]).__name__, lines[0]))
    for name in names:
        if not isinstance(name, str):
            raise TypeError('all arguments must be str, not: %r' % (name,))


def _header(mark, name, date, lineterm):
    if date:
        return '%s %s\t%s%s' % (mark, name, date, lineterm)
    return '%s %s%s' % (mark, name, lineterm)


def _unified_range(start, stop):
    # "start,count", 1-based, "start" alone for one line, and for none the
    # line before the (empty) range.
    count = stop - start
    if count == 1:
        return str(start + 1)
    if count == 0:
        return '%d,0' % start
    return '%d,%d' % (start + 1, count)


def _context_range(start, stop):
    # "first,last", 1-based; one number for one line, or for none.
    if stop - start == 0:
        return str(start)
    if stop - start == 1:
        return str(start + 1)
    return '%d,%d' % (start + 1, stop)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The delta of two lists of lines in unified diff format."""
    _check_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    first_hunk = True
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_hunk:
            first_hunk = False
            yield _header('---', fromfile, fromfiledate, lineterm)
            yield _header('+++', tofile, tofiledate, lineterm)
        yield '@@ -%s +%s @@%s' % (_unified_range(hunk[0][1], hunk[-1][2]), _unified_range(hunk[0][3], hunk[-1][4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARKS = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The delta of two lists of lines in context diff format."""
    _check_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    first_hunk = True
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_hunk:
            first_hunk = False
            yield _header('***', fromfile, fromfiledate, lineterm)
            yield _header('---', tofile, tofiledate, lineterm)
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(hunk[0][1], hunk[-1][2]), lineterm)
        # Each side is shown only if the hunk changes something on it.
        if [op for op in hunk if op[0] == 'replace' or op[0] == 'delete']:
            for tag, i1, i2, j1, j2 in hunk:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARKS[tag] + line
        yield '--- %s ----%s' % (_context_range(hunk[0][3], hunk[-1][4]), lineterm)
        if [op for op in hunk if op[0] == 'replace' or op[0] == 'insert']:
            for tag, i1, i2, j1, j2 in hunk:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARKS[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """dfunc (unified_diff or context_diff) over bytes: everything is decoded
    as ASCII with surrogateescape, compared, and encoded back."""

    def text(data):
        try:
            return data.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' % (type(data).__name__, data)) from err

    a_text = [text(line) for line in a]
    b_text = [text(line) for line in b]
    names = [text(x) for x in (fromfile, tofile, fromfiledate, tofiledate, lineterm)]
    for line in dfunc(a_text, b_text, names[0], names[1], names[2], names[3], n, names[4]):
        yield line.encode('ascii', 'surrogateescape')
