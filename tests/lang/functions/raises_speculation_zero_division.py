# A division by zero deep inside a pure recursion: the machine-integer run
# gives up and the rt::Int run raises it with CPython's traceback.


def walk(n, d):
    if n < 2:
        return 10 // d
    return walk(n - 1, d) + walk(n - 2, d)


print(walk(12, 3))
print(walk(12, 0))
