# Stores and deletions through a dynamic value go to the real container,
# whatever its item type.
grid = [[0, 0], [0, 0]]
scores = {'a': 1}
names = ['x', 'y', 'z']
box = {'grid': grid, 'scores': scores, 'names': names, 'flag': True, 'ratio': 0.5}

box['grid'][1] = [7, 8]
g = box['grid']
g[0][1] = 3
print(grid, g is grid)
box['scores']['b'] = 2
box['scores']['a'] = 11
print(scores)
del box['scores']['a']
print(scores)
n = box['names']
n[-1] = 'w'
del n[0]
print(names)

def fill(target, key, value):
    target[key] = value
    return target

print(fill(fill([0, 0], 0, 5), 1, 6), fill({'k': 'v'}, 'k2', 'v2'), fill([0.5], 0, 1.5), fill({1: [1]}, 2, [2]))
print(fill([True], 0, False), fill({'n': None}, 'n', None))

for bad, key in [(names, 5), (scores, 'zz'), ('abc', 0), ((1, 2), 0)]:
    holder = {'v': bad, 'w': 1, 'x': 'x', 'y': 1.5, 'z': None}
    try:
        del holder['v'][key]
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        holder['v'][key] = 3
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(names, scores)
