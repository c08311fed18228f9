print('vector module init, name =', __name__)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
def dot(a, b):
    return a.x * b.x + a.y * b.y
