visited = set()
frontier = [(0, 0)]
while frontier:
    x, y = frontier.pop()
    if (x, y) in visited or not (0 <= x < 4 and 0 <= y < 3):
        continue
    visited.add((x, y))
    frontier.extend([(x + 1, y), (x, y + 1), (x - 1, y), (x, y - 1)])
print(len(visited), sorted(visited)[:5], (3, 2) in visited, (4, 0) in visited)
edges = {(1, 2), (2, 3), (1, 2), (3, 1)}
print(sorted(edges), len(edges))
