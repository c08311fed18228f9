# A typed container that escapes to a function that runs on any argument
# type (more argument tuples than it has typed versions) stays one object:
# stores of other types through it are seen.
def push(xs, v):
    xs.append(v)

nums = [1, 2]
push(nums, 3)
push(nums, "four")
push([0.5], 1)
push([True], False)
push(["s"], "t")
push(nums, 5.5)
print(nums)

def put(d, k, v):
    d[k] = v

d = {"a": 1}
put(d, "b", 2)
put(d, "c", "three")
put({1: 1}, 1, 2)
put({1.5: 1}, 1.5, 2)
put({"x": "y"}, "x", "z")
put(d, "e", None)
print(d)

def store_any(target, value):
    target.append(value)
    return target

items = []
for v in [1, "two", 3.0, None, [5]]:
    store_any(items, v)
print(items)

def setter(obj, v):
    obj.field = v

class Rec:
    def __init__(self):
        self.field = []

r = Rec()
setter(r, [1])
setter(r, "x")
print(r.field)
