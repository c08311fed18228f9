# A method a class gets from a sibling line of its MRO, called through a
# value typed by the other line, and super() inside mixins reaching the
# sibling class of the concrete instance.
class Shape:
    def __init__(self, name):
        self.name = name
        self.history = []

    def area(self):
        return 0

    def report(self):
        self.history.append('report')
        return self.name + ' area ' + str(self.area())


class Scaled:
    def __init__(self):
        self.factor = 1

    def area(self):
        return 100 * self.factor

    def report(self):
        return 'scaled ' + super().report()


class Square(Scaled, Shape):
    def __init__(self, name, side):
        Shape.__init__(self, name)
        Scaled.__init__(self)
        self.side = side

    def area(self):
        return self.side * self.side * self.factor


class Blob(Scaled, Shape):
    def __init__(self, name):
        Shape.__init__(self, name)
        Scaled.__init__(self)
        self.factor = 3


class Circle(Shape):
    def __init__(self, name, r):
        super().__init__(name)
        self.r = r

    def area(self):
        return 3 * self.r * self.r


shapes = [Square('sq', 2), Blob('blob'), Circle('c', 1), Shape('plain'), Square('sq3', 3), Blob('b2')]
for s in shapes:
    print(s.report(), s.area(), s.history)
scaled = [x for x in shapes if isinstance(x, Scaled)]
for s in scaled:
    s.factor += 1
    print(type(s).__name__, s.area(), s.report())
print([len(s.history) for s in shapes])
