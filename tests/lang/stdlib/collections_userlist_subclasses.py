# UserList subclasses: a list that checks what goes in, a stack, and the
# sequence operations that answer in the subclass.
from collections import UserList


class IntList(UserList):
    def __init__(self, items=()):
        super().__init__(int(x) for x in items)

    def append(self, item):
        if not isinstance(item, int):
            raise TypeError("only ints, not " + type(item).__name__)
        super().append(item)

    def __setitem__(self, index, item):
        super().__setitem__(index, int(item))

    def total(self):
        return sum(self.data)


class Stack(UserList):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]


nums = IntList(["3", 1, 4.0])
nums.append(1)
nums.append(5)
nums[0] = "9"
print(nums, nums.total(), len(nums), nums.count(1), nums.index(4))
try:
    nums.append("2")
except TypeError as e:
    print("TypeError:", e)
part = nums[1:3]
print(part, type(part).__name__, part.total())
nums.sort()
print(nums, nums == [1, 1, 4, 5, 9], nums > [1, 1, 3], nums < IntList([2]))
nums.reverse()
nums.extend([2, 6])
nums += [5, 3]
print(nums, nums.pop(), nums.pop(0), nums)
nums.insert(1, 7)
nums.remove(1)
del nums[-1]
print(nums, 7 in nums, 8 in nums, list(reversed(nums)))
print(nums + [0], [0] + nums, nums * 2, type(nums * 2).__name__)

s = Stack()
for word in "to be or not".split():
    s.push(word)
print(s, s.peek(), s.pop(), s, len(s), bool(s), bool(Stack()))
s *= 2
print(s, s.copy(), type(s.copy()).__name__, s.copy() is s)
s.sort(key=len, reverse=True)
print(s)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    s.index("missing")
except ValueError as e:
    print("ValueError:", e)
s.clear()
print(s, UserList("abc"), UserList(UserList([1, 2])), UserList() == [])
