class Timer:
    depth = 0
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        Timer.depth += 1
        print('  ' * Timer.depth + 'start ' + self.label)
        return self
    def __exit__(self, *exc):
        print('  ' * Timer.depth + 'stop ' + self.label, exc[0].__name__ if exc[0] else '')
        Timer.depth -= 1
        return False
with Timer('outer') as t:
    with Timer('inner'):
        print('work in', t.label)
try:
    with Timer('failing'):
        [][0]
except IndexError:
    print('IndexError propagated')
with (Timer('p1') as a,
      Timer('p2') as b):
    print(a.label, b.label)
