# Lists shared between an attribute and a variable.
class Box:
    def __init__(self):
        self.items = []

    def get(self):
        return self.items

box = Box()
items = box.items
items.append(1)
print(box.items)

box.get().append(2)
print(items, box.items)

class Holder:
    def __init__(self, data):
        self.data = data

shared = []
h = Holder(shared)
h.data.append("a")
print(shared, h.data)

other = Holder([])
lst = other.data
lst.append(2.5)
print(other.data)

class Node:
    def __init__(self):
        self.children = []

root = Node()
kids = root.children
kids.append(Node())
kids.append(Node())
print(len(root.children))
