class Duck:
    def speak(self):
        return 'Quack'
    def walk(self):
        return 'waddle'
class Robot:
    def speak(self):
        return 'Beep'
    def walk(self):
        return 'roll'
class Person:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return 'Hi, I am ' + self.name
for thing in [Duck(), Robot(), Person('Ann')]:
    print(type(thing).__name__, thing.speak(), thing.walk() if hasattr(thing, 'walk') else '(cannot walk)')
class FileLike:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
out = FileLike()
print('into the file-like', 42, file=out)
print(out.parts)
def total_area(shapes):
    return sum(s.area() for s in shapes)
class Sq:
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circ:
    def __init__(self, r): self.r = r
    def area(self): return 3 * self.r ** 2
print(total_area([Sq(2), Circ(1), Sq(0.5)]))
