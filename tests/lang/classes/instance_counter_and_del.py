class Stack:
    def __init__(self, *items):
        self._items = list(items)
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError('pop from empty Stack')
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return 'Stack(%s)' % ', '.join(map(repr, self._items))
    def __eq__(self, other):
        return isinstance(other, Stack) and self._items == other._items
    __hash__ = None
s = Stack(1, 2).push(3).push('four')
print(s, len(s), s.pop(), s, s == Stack(1, 2, 3), s != Stack())
try:
    Stack().pop()
except IndexError as e:
    print('IndexError', e)
try:
    hash(s)
except TypeError as e:
    print('TypeError', e)
