# A union of numbers and instances: reading an attribute or calling a
# method that only the instances have raises AttributeError on a number,
# while the instances' members keep their types.
class Node:
    def __init__(self, nxt, value):
        self.next = nxt
        self.value = value

    def describe(self):
        return 'node %d' % self.value


def pick(k):
    if k == 0:
        return 5
    if k == 1:
        return None
    if k == 2:
        return 2.5
    if k == 3:
        return True
    return Node(Node(None, 1), 2)


for k in range(5):
    x = pick(k)
    try:
        print('next is None:', x.next is None)
    except AttributeError as e:
        print('AttributeError:', e)
    try:
        print(x.describe())
    except AttributeError as e:
        print('AttributeError:', e)
    try:
        print(x.real)
    except AttributeError as e:
        print('AttributeError:', e)

n = pick(4)
total = 0
while n is not None:
    total += n.value
    n = n.next
print(total)
y = pick(0)
print(y.bit_length(), pick(2).is_integer(), pick(3).numerator)
