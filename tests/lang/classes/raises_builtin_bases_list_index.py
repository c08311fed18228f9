# An index past the end of a list subclass raises IndexError.


class Row(list):
    def first(self):
        return self[0]


r = Row([1, 2])
print(r.first(), r[1])
empty = Row()
print(empty.first())
