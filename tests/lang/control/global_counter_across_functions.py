total = 0
history = []
def add(n):
    global total
    total += n
    history.append(('add', n))
def reset():
    global total
    old, total = total, 0
    history.append(('reset', old))
for i in range(5):
    add(i)
reset()
add(10)
print(total, history)
