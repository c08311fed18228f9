# An attribute read on the None ending a linked list.


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


node = Node(1, Node(2, None))
print(node.next.value)
print(node.next.next.value)
