# One import statement naming both the runtime's modules and the program's own.
import time, shapes, math as m, functools
import shapes as s2, sys
print(shapes.area(2), s2 is shapes, m.floor(2.5), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(type(time.time()).__name__, sys.maxsize > 0)
def late():
    import os.path, shapes as s3
    return s3.area(1) + len(os.path.basename('/a/bc'))
print(late())
