# Every way a list loses items (pop, remove, del, clear, slice deletion and
# assignment, *= 0) leaves the right items behind, and the list grows
# again afterwards over the slots it vacated (which the runtime clears, so
# that the collector does not keep the removed items alive).
class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


def names(xs):
    return [x.name for x in xs]


nodes = [Node(str(i)) for i in range(12)]
print(nodes.pop().name, nodes.pop(0).name, nodes.pop(3).name, names(nodes))
nodes.remove(nodes[2])
del nodes[0]
del nodes[1:3]
del nodes[::2]
print(names(nodes))
nodes.extend(Node(c) for c in "abcdef")
nodes[1:4] = [Node("X")]
print(names(nodes))
nodes[2:] = []
print(names(nodes))
nodes.append(Node("tail"))
nodes.clear()
print(nodes, len(nodes))
nodes += [Node("p"), Node("q")]
nodes *= 0
nodes.append(Node("r"))
print(names(nodes))

strs = ["a" * i for i in range(8)]
refilled = False
while strs:
    strs.pop()
    if len(strs) == 4 and not refilled:
        strs.append("x")
        refilled = True
    print(len(strs), strs[-1:])

grid = [[i] * 3 for i in range(6)]
del grid[-2:]
grid[0:2] = grid[2:3]
print(grid)
floats = [0.5 * i for i in range(9)]
del floats[1::3]
floats.pop(1)
print(floats)
