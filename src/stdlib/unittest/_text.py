"""The pieces of text the assertions and the reports are made of: reprs
that cannot fail, long reprs cut down around where they differ, a class's
dotted name, and the line diffs under a failed comparison. Every limit
and placeholder here is the one CPython 3.11's unittest prints, checked
by running both."""

import difflib

# Reprs longer than this are cut, in the "!=" line of a failed assertEqual,
# around the part the two values share.
_LIMIT = 80
_MARK_WIDTH = 12   # what "[%d chars]" is counted as
_HEAD = 5          # characters kept before a cut
_TAIL = 5          # characters kept after a cut, and the least shared text worth a cut


def safe_repr(value, short=False):
    try:
        text = repr(value)
    except Exception:
        # object.__repr__'s text, for a repr that raised.
        kind = type(value)
        text = '<%s.%s object at %#x>' % (kind.__module__, kind.__qualname__, id(value))
    if short and len(text) >= _LIMIT:
        return text[:_LIMIT] + ' [truncated]...'
    return text


def class_name(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def _cut(text, keep_head, keep_tail):
    dropped = len(text) - keep_head - keep_tail
    if dropped <= _MARK_WIDTH:
        return text
    return '%s[%d chars]%s' % (text[:keep_head], dropped, text[len(text) - keep_tail:])


def _shared_start(texts):
    first = min(texts)
    last = max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def short_reprs(first, second):
    """The reprs of two values for an "a != b" line: whole while neither is
    longer than 80 characters, else with long runs elided."""
    texts = [safe_repr(first), safe_repr(second)]
    longest = max(len(texts[0]), len(texts[1]))
    if longest <= _LIMIT:
        return texts[0], texts[1]
    shared = _shared_start(texts)
    n = len(shared)
    room = _LIMIT - (longest - n + _HEAD + _MARK_WIDTH)
    if room > _TAIL:
        head = _cut(shared, _HEAD, room)
        return head + texts[0][n:], head + texts[1][n:]
    head = _cut(shared, _HEAD, _TAIL)
    rest_room = _LIMIT - (_HEAD + 2 * _MARK_WIDTH + _TAIL + _TAIL)
    return (head + _cut(texts[0][n:], rest_room, _TAIL),
            head + _cut(texts[1][n:], rest_room, _TAIL))


def _sorted(items):
    try:
        return sorted(items)
    except TypeError:
        return sorted(items, key=_type_then_identity)


def _type_then_identity(item):
    return (str(type(item)), id(item))


def _one_line(value):
    """pprint's text of value on one line: repr, but dict keys sorted."""
    kind = type(value)
    if kind is dict:
        return '{%s}' % ', '.join('%s: %s' % (_one_line(key), _one_line(value[key])) for key in _sorted(value))
    if kind is list:
        return '[%s]' % ', '.join(_one_line(item) for item in value)
    if kind is tuple:
        if len(value) == 1:
            return '(%s,)' % _one_line(value[0])
        return '(%s)' % ', '.join(_one_line(item) for item in value)
    return repr(value)


def _lay_out(value, out, indent, allowance):
    """pprint.pformat's layout (width 80, indent 1), into the list out: a
    container too wide for its line gets an item per line."""
    text = _one_line(value)
    kind = type(value)
    if len(text) <= _LIMIT - indent - allowance or not value:
        out.append(text)
    elif kind is dict:
        out.append('{')
        keys = _sorted(value)
        for i, key in enumerate(keys):
            shown = _one_line(key)
            if i:
                out.append(',\n' + ' ' * (indent + 1))
            out.append(shown + ': ')
            _lay_out(value[key], out, indent + 1 + len(shown) + 2, allowance + 1 if i == len(keys) - 1 else 1)
        out.append('}')
    elif kind is list:
        _lay_out_items(value, '[', ']', out, indent, allowance)
    elif kind is tuple:
        _lay_out_items(value, '(', ',)' if len(value) == 1 else ')', out, indent, allowance)
    elif kind is set:
        _lay_out_items(_sorted(value), '{', '}', out, indent, allowance)
    elif kind is frozenset:
        _lay_out_items(_sorted(value), 'frozenset({', '})', out, indent + len('frozenset('), allowance)
    else:
        out.append(text)


def _lay_out_items(items, opening, closing, out, indent, allowance):
    out.append(opening)
    inner = indent + 1
    for i, item in enumerate(items):
        if i:
            out.append(',\n' + ' ' * inner)
        _lay_out(item, out, inner, allowance + len(closing) if i == len(items) - 1 else 1)
    out.append(closing)


def pretty(value):
    out = []
    _lay_out(value, out, 0, 0)
    return ''.join(out)


def pformat_diff(first, second):
    """ndiff of the two values as pprint lays them out, each line on its own."""
    lines = difflib.ndiff(pretty(first).splitlines(), pretty(second).splitlines())
    return '\n' + '\n'.join(lines)


def text_diff(first, second):
    """ndiff of two strings line by line; a string of one line without a
    line end gets one, so that the diff's lines end."""
    old = first.splitlines(True)
    new = second.splitlines(True)
    if len(old) == 1 and first.strip('\r\n') == first:
        old = [first + '\n']
        new = [second + '\n']
    return '\n' + ''.join(difflib.ndiff(old, new))


def _take_equal(items, taken, start, item):
    """Counts the items from index start on that equal item and are not
    taken yet, and takes them."""
    count = 0
    for j in range(start, len(items)):
        if not taken[j] and items[j] == item:
            taken[j] = True
            count += 1
    return count


def count_differences(first, second):
    """(count in first, count in second, element) for every element whose
    counts differ, by ==: first's elements in the order they first appear,
    then those only second has."""
    left = list(first)
    right = list(second)
    taken_left = [False] * len(left)
    taken_right = [False] * len(right)
    found = []
    for i in range(len(left)):
        if taken_left[i]:
            continue
        item = left[i]
        in_left = _take_equal(left, taken_left, i, item)
        in_right = _take_equal(right, taken_right, 0, item)
        if in_left != in_right:
            found.append((in_left, in_right, item))
    for i in range(len(right)):
        if not taken_right[i]:
            found.append((0, _take_equal(right, taken_right, i, right[i]), right[i]))
    return found
