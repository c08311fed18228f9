class Rect:
    def __init__(self, w, h):
        self._w, self._h = w, h
    @property
    def area(self):
        return self._w * self._h
    @property
    def width(self):
        return self._w
    @width.setter
    def width(self, v):
        if v <= 0:
            raise ValueError('width must be positive')
        self._w = v
    @width.deleter
    def width(self):
        print('deleting width')
        self._w = 0
r = Rect(2, 3)
print(r.area, r.width)
r.width = 10
print(r.area)
try:
    r.width = -1
except ValueError as e:
    print('ValueError', e)
del r.width
print(r.area, type(Rect.area).__name__)
try:
    r.area = 5
except AttributeError as e:
    print('AttributeError', e)
