# Methods called with *args from a tuple: self fills the first parameter.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def wrap(self, x, y):
        return x % self.w, y % self.h

    def neighbours(self, x, y):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    yield self.wrap(x + dx, y + dy)

    def count(self, cells, cell):
        return sum(1 for n in self.neighbours(*cell) if n in cells)


class Library:
    def __init__(self):
        self.books = []

    def add_book(self, isbn, title, year=2000):
        self.books.append((isbn, title, year))


g = Grid(5, 4)
cells = {(0, 0), (1, 0), (4, 3), (2, 2)}
for cell in sorted(cells):
    print(cell, g.wrap(*cell), g.count(cells, cell))
lib = Library()
for row in [("1", "Dune", 1965), ("2", "Emma")]:
    lib.add_book(*row)
print(lib.books)
