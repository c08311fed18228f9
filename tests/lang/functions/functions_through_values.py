# Functions read back from containers that were copied or rebuilt from
# Values, and None-returning calls as items of displays and lambdas.
import copy
import time


def inc(x):
    return x + 1


print(copy.copy([inc])[0](9))
print([f(2) for f in copy.deepcopy([inc, inc])])
table = copy.copy({"inc": inc})
print(table["inc"](4))

lst = []
pause = 0.0
step = lambda y: (time.sleep(pause), lst.append(y))
print(step(3), step(4), lst)
both = lambda: [lst.pop(), lst.clear(), print("cleared")]
print(both(), lst)
t = (lst.append(1), print("x"))
print(t, {"a": lst.append(2)}, lst)
