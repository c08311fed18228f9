# A list subclass: a Stack with its own methods, indexing, slicing and
# every list method through the subclass.


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return len(self) == 0


s = Stack()
print(s, s.is_empty(), isinstance(s, list), type(s).__name__)
for i in range(5):
    s.push(i * i)
print(s, s.peek(), len(s), s[0], s[1:3], s[::-1], 9 in s, 7 in s)
print(s.pop(), s.pop(0), s)
s.extend([7, 8])
s.insert(0, 100)
s.remove(8)
print(s, s.index(4), s.count(100))
s.sort()
print(s)
s.sort(reverse=True)
print(s)
s.reverse()
print(s, sum(s), max(s), min(s), sorted(s, key=lambda v: -v))
s[0] = -1
del s[1]
print(s, list(s), [x * 2 for x in s], s == [-1, 4, 7, 9, 100])
print(s + [1], [0] + s, s * 2, type(s + [1]).__name__)
s += [5]
print(s, type(s).__name__)
t = Stack([3, 1, 2])
print(t, t < s, t == Stack([3, 1, 2]), len(t), bool(t), bool(Stack()))
print(list(reversed(t)), t.copy(), type(t.copy()).__name__)
a, b, c = t
print(a, b, c, str(t), f"{t!r}")
t.clear()
print(t, t.is_empty())
