# Comprehension scopes: the first iterable belongs to the enclosing scope;
# walrus targets bind in the enclosing function (or module).
data = [1, 2, 3]
squares = [n * n for n in data]
pairs = {(a, b) for a in data for b in data if a != b}
table = {k: v for k, v in zip(data, data)}
lazy = (n for n in data)
nested = [[i + j for i in range(j)] for j in data]
found = [last := n for n in data]
flag = any((hit := n) > 1 for n in data)
keyed = {(lambda: k)(): (lambda: v)() for k, v in table.items()}


def function(items, limit):
    total = [y := item for item in items if item < limit]
    deep = [[z := a for a in row] for row in items]
    return total, y, deep, z


def with_global(items):
    global seen
    return [seen := item for item in items]


def nested_function_walrus(items):
    def inner():
        return [w := item for item in items]
    return inner


def iterable_names(rows, columns):
    return [cell for row in rows for cell in row[columns]]


async def async_comprehensions(source):
    a = [x async for x in source]
    b = [await x for x in source]
    c = (x async for x in source)
    d = [[y async for y in x] for x in source]
    return a, b, c, d


def generator_with_await(source):
    return (await x for x in source)


def comprehension_in_default(v=[q for q in range(3)]):
    return v


def lambda_in_comprehension(items):
    return [lambda: item for item in items]


def super_in_comprehension(self):
    return [super() for _ in self]
