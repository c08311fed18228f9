"""heapq: a binary min-heap kept in a plain list.

The sift loops are CPython's (Modules/_heapqmodule.c): a program sees the
list itself, so which of two equal items ends where is part of the
behaviour. Only `<` is ever used to compare items, as in CPython.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]


def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return first
    return last


def heapreplace(heap, item):
    if not heap:
        raise IndexError("index out of range")
    first = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return first


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    """Moves heap[pos] up towards the root while it is smaller than its parent."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not newitem < parent:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = newitem


def _siftup(heap, pos):
    """Moves the smaller child up until a leaf is free for heap[pos], then
    sifts the item down from there: fewer comparisons than stopping early."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    # `order`, the iterable's position, breaks ties, so equal items come
    # out in input order and values and iterators are never compared.
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append(_MergeEntry(value if key is None else key(value), order, value, it))
            break
    return _merge(entries, key, reverse)


class _MergeEntry:
    def __init__(self, key, order, value, it):
        self.key = key
        self.order = order
        self.value = value
        self.it = it

    def __lt__(self, other):
        if self.key == other.key:
            return self.order < other.order
        return self.key < other.key


class _ReversedEntry(_MergeEntry):
    def __lt__(self, other):
        if self.key == other.key:
            return self.order < other.order
        return other.key < self.key


def _merge(entries, key, reverse):
    if reverse:
        entries = [_ReversedEntry(e.key, e.order, e.value, e.it) for e in entries]
    heapify(entries)
    while entries:
        entry = entries[0]
        yield entry.value
        for value in entry.it:
            entry.key = value if key is None else key(value)
            entry.value = value
            heapreplace(entries, entry)
            break
        else:
            heappop(entries)


# nsmallest and nlargest keep the n best items seen in a heap of tuples
# (item or key, arrival order[, item]), as CPython's do: items that are
# neither < nor == each other (objects without __eq__) come out in the
# order this exact procedure leaves them.
def nsmallest(n, iterable, key=None):
    if n == 1:
        result = list(iterable)
        return [min(result, key=key)] if result else []
    if isinstance(iterable, (list, tuple, str, range, dict, set, frozenset)) and n >= len(iterable):
        return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    if key is None:
        pairs = [(elem, i) for i, elem in zip(range(n), it)]
        if not pairs:
            return []
        _heapify_max(pairs)
        top = pairs[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(pairs, (elem, order))
                top = pairs[0][0]
                order += 1
        pairs.sort()
        return [elem for elem, _ in pairs]
    triples = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not triples:
        return []
    _heapify_max(triples)
    top = triples[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(triples, (k, order, elem))
            top = triples[0][0]
            order += 1
    triples.sort()
    return [elem for _, _, elem in triples]


def nlargest(n, iterable, key=None):
    if n == 1:
        result = list(iterable)
        return [max(result, key=key)] if result else []
    if isinstance(iterable, (list, tuple, str, range, dict, set, frozenset)) and n >= len(iterable):
        return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    if key is None:
        pairs = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not pairs:
            return []
        heapify(pairs)
        top = pairs[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(pairs, (elem, order))
                top = pairs[0][0]
                order -= 1
        pairs.sort(reverse=True)
        return [elem for elem, _ in pairs]
    triples = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not triples:
        return []
    heapify(triples)
    top = triples[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(triples, (k, order, elem))
            top = triples[0][0]
            order -= 1
    triples.sort(reverse=True)
    return [elem for _, _, elem in triples]


# The max-heap twins of the sift loops, which nsmallest needs.
def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heapreplace_max(heap, item):
    first = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return first


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not parent < newitem:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)
