# A property read through its class is a property object: its type, fget/fset/fdel, the getter's docstring.
class Rect:
    def __init__(self, w):
        self._w = w
    @property
    def area(self):
        "the area"
        return self._w * 2
    @property
    def width(self):
        return self._w
    @width.setter
    def width(self, v):
        self._w = v
p = Rect.area
print(type(p).__name__, type(Rect.area), Rect.area.__doc__)
print(Rect(3).area, p.fget(Rect(4)), p.fset, Rect.width.fset is not None)
r = Rect(1)
Rect.width.fset(r, 9)
print(r.width, Rect.width.fget(r))
try:
    Rect.area.fset(r, 1)
except TypeError as e:
    print('TypeError', e)
