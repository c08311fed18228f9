"""collections.deque: a double-ended queue in a ring buffer.

The items live in `_buf`, a list used as a ring: `_head` is the index of
the first item and `_size` how many there are; the list doubles when full,
so both ends take amortised constant time. `_state` counts mutations, so
an iterator can raise CPython's "deque mutated during iteration".
"""


class deque:
    __module__ = "collections"

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError("maxlen must be non-negative")
        self._buf = [None] * 8
        self._head = 0
        self._size = 0
        self._maxlen = maxlen
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    # --- the ring --------------------------------------------------------------

    def _slot(self, i):
        return (self._head + i) % len(self._buf)

    def _grow(self):
        items = list(self)
        self._buf = items + [None] * len(items)
        self._head = 0

    def _index(self, i):
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("deque index out of range")
        return self._slot(i)

    # --- both ends -------------------------------------------------------------

    def append(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        if self._size == self._maxlen:
            self._popleft()
        if self._size == len(self._buf):
            self._grow()
        self._buf[self._slot(self._size)] = x
        self._size += 1

    def appendleft(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        if self._size == self._maxlen:
            self._pop()
        if self._size == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._size += 1

    def _pop(self):
        self._size -= 1
        slot = self._slot(self._size)
        x = self._buf[slot]
        self._buf[slot] = None
        return x

    def _popleft(self):
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head = (self._head + 1) % len(self._buf)
        self._size -= 1
        return x

    def pop(self):
        if not self._size:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._pop()

    def popleft(self):
        if not self._size:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._popleft()

    def extend(self, iterable):
        # A deque extended by itself reads a copy, as CPython's does.
        for x in (list(iterable) if iterable is self else iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in (list(iterable) if iterable is self else iterable):
            self.appendleft(x)

    def rotate(self, n=1):
        if self._size <= 1:
            return
        self._state += 1
        n %= self._size
        for _ in range(n):
            self.appendleft(self._pop())

    def clear(self):
        self._buf = [None] * 8
        self._head = 0
        self._size = 0
        self._state += 1

    # --- as a sequence ---------------------------------------------------------

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size > 0

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        return self._buf[self._index(i)]

    def __setitem__(self, i, x):
        self._buf[self._index(i)] = x

    def __delitem__(self, i):
        self._index(i)
        if i < 0:
            i += self._size
        self.rotate(-i)
        self.popleft()
        self.rotate(i)

    def __iter__(self):
        state = self._state
        for i in range(self._size):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._buf[self._slot(i)]
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        for i in range(self._size - 1, -1, -1):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._buf[self._slot(i)]

    def __contains__(self, x):
        for item in self:
            if item is x or item == x:
                return True
        return False

    def count(self, x):
        return sum(1 for item in self if item is x or item == x)

    def index(self, x, start=0, stop=None):
        stop = self._size if stop is None else stop
        if start < 0:
            start = max(start + self._size, 0)
        if stop < 0:
            stop = max(stop + self._size, 0)
        for i in range(start, min(stop, self._size)):
            item = self._buf[self._slot(i)]
            if item is x or item == x:
                return i
        raise ValueError(repr(x) + " is not in deque")

    def remove(self, value):
        for i in range(self._size):
            item = self._buf[self._slot(i)]
            if item is value or item == value:
                del self[i]
                return
        raise ValueError(repr(value) + " is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        n = self._size
        i = max(0, min(n, i + n if i < 0 else i))
        self.rotate(-i)
        self.appendleft(x)
        self.rotate(i)

    def reverse(self):
        items = list(self)
        items.reverse()
        for i, x in enumerate(items):
            self._buf[self._slot(i)] = x
        self._state += 1

    def copy(self):
        return deque(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    # --- operators -------------------------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = deque((), self._maxlen)
        for _ in range(n):
            result.extend(self)
        return result

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    def __repr__(self):
        items = "[" + ", ".join(repr(x) for x in self) + "]"
        if self._maxlen is None:
            return "deque(" + items + ")"
        return "deque(" + items + ", maxlen=" + str(self._maxlen) + ")"
