class Point:
    def __init__(self):
        self.x = 1

p = Point()
for name in ['x', 'y']:
    print(name, getattr(p, name))
