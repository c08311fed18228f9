import copy


class Piece:
    def __init__(self, kind, pos):
        self.kind = kind
        self.pos = pos

    def __repr__(self):
        return f"Piece({self.kind!r}, {self.pos})"


class Board:
    def __init__(self):
        self.cells = [[None] * 3 for _ in range(3)]
        self.pieces = []
        self.turn = 0
        print("Board.__init__ runs")

    def place(self, kind, r, c):
        p = Piece(kind, [r, c])
        self.cells[r][c] = p
        self.pieces.append(p)
        self.turn += 1

    def show(self):
        return "/".join("".join(p.kind if p else "." for p in row) for row in self.cells)


b = Board()
b.place("X", 0, 0)
b.place("O", 1, 1)
trial = copy.deepcopy(b)
trial.place("X", 2, 2)
trial.pieces[0].pos[0] = 5
print(b.show(), b.turn, b.pieces)
print(trial.show(), trial.turn, trial.pieces)
# The piece in the cell and in the list is one object in the copy too.
print(trial.cells[0][0] is trial.pieces[0], trial.pieces[0] is b.pieces[0])

s = copy.copy(b)
s.turn = 99
print(s.pieces is b.pieces, b.turn, s.turn, type(s).__name__)


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


a = Node(1)
a.next = Node(2)
a.next.next = a  # a cycle through instances
c = copy.deepcopy(a)
print(c.value, c.next.value, c.next.next is c, c is a)


class Vector:
    def __init__(self, xs):
        self.xs = xs

    def __copy__(self):
        print("custom __copy__")
        return Vector(list(self.xs))

    def __deepcopy__(self, memo):
        print("custom __deepcopy__")
        return Vector([x * 10 for x in self.xs])


v = Vector([1, 2])
print(copy.copy(v).xs, copy.deepcopy(v).xs, copy.deepcopy([v, v])[0].xs)

items = [Piece("K", [0, 1]), Piece("Q", [2, 3])]
later = copy.deepcopy(items)
later[1].kind = "R"
print(items, later)
