stack = []
for ch in '(a[b]{c}(d))':
    if ch in '([{':
        stack.append(ch)
    elif ch in ')]}':
        top = stack.pop()
        print('matched', top, ch)
print('empty', stack == [])
from collections import deque
q = deque([1, 2, 3])
q.appendleft(0)
q.append(4)
print(q.popleft(), q.pop(), list(q), len(q))
q.rotate(1)
print(list(q))
