order = []
def src(name, items):
    order.append('iter ' + name)
    return items
r = [(a, b) for a in src('outer', [1, 2]) for b in src('inner', 'xy')]
print(r, order)
order.clear()
g = (a for a in src('gen', [1]))
print(order)
print(list(g), order)
xs = [3, 1, 2]
ys = sorted(x for x in xs)
xs.append(0)
print(ys, xs)
