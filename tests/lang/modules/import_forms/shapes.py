"""Shapes helper module."""
PI = 3.14159
def area(r):
    return PI * r * r
def perimeter(r):
    return 2 * PI * r
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
