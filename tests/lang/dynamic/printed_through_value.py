# Instances reached only through a dyn value print through their own
# __repr__/__str__ (a list of mixed items makes the value dyn).
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


class Label:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return '<' + self.text + '>'

    def __repr__(self):
        return 'Label(%r)' % self.text


def pick(i):
    items = [1, 'two', 3.0, None, Point(1, 2), Label('hi')]
    return items[i]


for i in range(6):
    v = pick(i)
    print(v, repr(v), str(v), f'{v}', [v])
