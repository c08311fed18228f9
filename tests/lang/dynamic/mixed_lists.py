items = [1, 'two', 3.0, None, [4], (5,), {'six': 6}, True, b'8', 9 + 0j]
for it in items:
    print(type(it).__name__, repr(it), bool(it))
nums = [x for x in items if isinstance(x, (int, float)) and not isinstance(x, bool)]
print(nums, sum(nums))
items.sort(key=lambda v: type(v).__name__)
print([type(v).__name__ for v in items])
print(str(items[:3]), len(items), items.index(None))
stack = [1]
stack.append('a')
stack.append(stack[:])
print(stack)
