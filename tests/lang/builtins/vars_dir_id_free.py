class P:
    a = 1
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print(vars(p), sorted(k for k in dir(p) if not k.startswith('__')), 'a' in dir(P))
print(sorted(k for k in vars(P) if not k.startswith('__')))
g = globals()
print('P' in g, g['P'] is P, __name__)
def f():
    local_a = 1
    local_b = 'x'
    return sorted(locals())
print(f())
print(isinstance(dir(), list), 'f' in dir())
