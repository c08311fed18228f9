# super().__str__/__repr__/__hash__/__eq__ past the program's classes: object's, or BaseException's.
class DbError(Exception):
    def __str__(self):
        return 'db: ' + super().__str__()
    def __repr__(self):
        return 'Db' + super().__repr__()

class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'Point({self.x})'
    def __str__(self):
        return 'point ' + super().__str__()
    def __eq__(self, other):
        if isinstance(other, Point):
            return self.x == other.x
        return super().__eq__(other)
    def __hash__(self):
        return hash(self.x)

class Token:
    def __hash__(self):
        h = super().__hash__()
        return h if isinstance(h, int) else -1

e = DbError('conn lost', 3)
print(str(DbError('conn lost')), e, repr(e))
try:
    raise DbError('timeout')
except Exception as err:
    print(err, [err])
p = Point(2)
print(str(p), p == Point(2), p == 3, p != 'x', p.__eq__(5))
t = Token()
print(hash(t) == hash(t), isinstance(hash(t), int))
