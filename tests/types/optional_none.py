class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

def push(head, value):
    node = Node(value)
    node.next = head
    return node

head = None
for v in range(3):
    head = push(head, v)
count = 0
cur = head
while cur is not None:
    count += 1
    cur = cur.next
x = 1
x = None
print(count, x)
