# An instance tested by if/while/assert/`and`/`or`/a ternary/a comprehension
# filter/a match guard runs its __bool__, else its __len__, and nothing else
# needs to call them first.
class Queue:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        print('len', len(self.items))
        return len(self.items)
    def pop(self):
        return self.items.pop()

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print('bool', self.on)
        return self.on

q = Queue([1, 2, 3])
while q:
    print('popped', q.pop())
if Flag(False):
    print('never')
elif Flag(True):
    print('second')
print('yes' if Flag(True) else 'no')
print(Flag(False) or 'fallback', Flag(True) and 'both')
print([f.on for f in [Flag(True), Flag(False)] if f])
assert Queue([0]), 'has one'
match 5:
    case n if Flag(n > 3):
        print('guarded', n)
try:
    assert Flag(False), 'flag is off'
except AssertionError as e:
    print('AssertionError', e)
