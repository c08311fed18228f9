# Bound methods as callbacks: key=, map(), a method kept in a field,
# a method chosen at run time, one that closes over its receiver's state.
class Counter:
    def __init__(self):
        self.seen = []

    def add(self, item):
        self.seen.append(item)
        return len(self.seen)

    def weight(self, word):
        return (len(word), word)


class Shape:
    def area(self):
        return 0

    def describe(self):
        return 'shape'


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Writer:
    def __init__(self, pretty):
        self.out = []
        self.emit = self.fancy if pretty else self.plain

    def plain(self, text):
        self.out.append(text)

    def fancy(self, text):
        self.out.append('*' + text + '*')

    def run(self, words):
        for w in words:
            self.emit(w)
        return ' '.join(self.out)


def apply_all(f, items):
    return [f(x) for x in items]


c = Counter()
print(apply_all(c.add, 'abc'), c.seen)
words = ['pear', 'fig', 'banana', 'kiwi']
print(sorted(words, key=c.weight))
print(list(map(c.weight, words[:2])))
print(max(words, key=c.weight), min(words, key=c.weight))
shapes = [Shape(), Square(3), Square(2)]
print([s.area() for s in shapes], [f() for f in [s.area for s in shapes]])
print([s.describe() for s in shapes])
print(Writer(False).run(['a', 'b']), Writer(True).run(['c']))
