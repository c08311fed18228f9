"""itertools, written as generators.

Each function consumes its inputs exactly when and as far as CPython's C
implementation does (Modules/itertoolsmodule.c), because a program can see
the difference through side effects or a shared iterator: `islice` stops
pulling at `stop`, `product` and the combinatorics read their inputs whole
before yielding, `zip_longest` and `tee` pull one item at a time.
"""
import sys as _sys

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress", "count",
           "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product",
           "repeat", "starmap", "takewhile", "tee", "zip_longest"]


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    for _ in range(times):
        yield obj


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def chain(*iterables):
    for it in iterables:
        yield from it


def _chain_from_iterable(iterables):
    for it in iterables:
        yield from it


chain.from_iterable = _chain_from_iterable


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        if not (bool(x) if predicate is None else predicate(x)):
            yield x


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def _islice_index(value, what):
    if value is None:
        return None
    if not isinstance(value, int) or value < 0 or value > _sys.maxsize:
        raise ValueError(what + " argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return value


def islice(iterable, *args):
    if len(args) == 1:
        start, stop, step = 0, _islice_index(args[0], "Stop"), 1
    elif 2 <= len(args) <= 3:
        start = _islice_index(args[0], "Indices") or 0
        stop = _islice_index(args[1], "Stop")
        step = 1
        if len(args) == 3 and args[2] is not None:
            step = args[2]
            if not isinstance(step, int) or step <= 0 or step > _sys.maxsize:
                raise ValueError("Step for islice() must be a positive integer or None.")
    elif not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    # Like CPython, skip to `start` only when the first item is asked for,
    # and never pull an item past the last one yielded.
    next_index = start
    index = 0
    while stop is None or next_index < stop:
        try:
            element = next(it)
        except StopIteration:
            return
        if index == next_index:
            yield element
            next_index += step
        index += 1
    # CPython consumes up to `stop` even when nothing more is yielded.
    while index < stop:
        try:
            next(it)
        except StopIteration:
            return
        index += 1


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _product([tuple(pool) for pool in iterables] * repeat)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def _pool(iterable, r):
    """The items to choose r of, read whole before r is checked, as CPython does."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return pool


def permutations(iterable, r=None):
    if r is None:
        pool = tuple(iterable)
        return _permutations(pool, len(pool), len(pool))
    pool = _pool(iterable, r)
    return _permutations(pool, len(pool), r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = _pool(iterable, r)
    return _combinations(pool, len(pool), r)


def _combinations(pool, n, r):
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = _pool(iterable, r)
    return _combinations_with_replacement(pool, len(pool), r)


def _combinations_with_replacement(pool, n, r):
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class _GroupState:
    """What groupby's groups share: the underlying iterator, the item it
    last read and which group that item belongs to, as CPython's groupby
    object does; a group stops yielding once the groupby has moved on."""

    def __init__(self, iterable, key):
        self.it = iter(iterable)
        self.key = key
        self.generation = 0
        self.exhausted = False
        self.value = None
        self.current = None

    def advance(self):
        try:
            self.value = next(self.it)
        except StopIteration:
            self.exhausted = True
            return False
        self.current = self.value if self.key is None else self.key(self.value)
        return True


def _group(state, target, generation):
    while state.generation == generation and not state.exhausted and target == state.current:
        yield state.value
        if state.generation != generation or not state.advance():
            return


def groupby(iterable, key=None):
    return _groupby(_GroupState(iterable, key))


def _groupby(state):
    if not state.advance():
        return
    while not state.exhausted:
        target = state.current
        state.generation += 1
        yield target, _group(state, target, state.generation)
        # Skip what the caller did not consume of this group.
        while not state.exhausted and target == state.current:
            state.advance()


class _TeeBuffer:
    """The items one iterator has produced that some of its tee copies have
    not read yet; each copy keeps its own position."""

    def __init__(self, iterable):
        self.it = iter(iterable)
        self.items = []


def _tee_copy(buffer):
    index = 0
    while True:
        if index == len(buffer.items):
            try:
                buffer.items.append(next(buffer.it))
            except StopIteration:
                return
        yield buffer.items[index]
        index += 1


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    buffer = _TeeBuffer(iterable)
    return tuple(_tee_copy(buffer) for _ in range(n))
