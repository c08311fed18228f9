# Coroutines driven by hand: send, throw, close, await chains, __await__.
import inspect


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        print("await Ready", self.v)
        x = yield ("ping", self.v)
        print("sent back", x)
        return self.v * 2


async def inner(n):
    print("inner start", n)
    r = await Ready(n)
    print("inner got", r)
    return r + 1


async def outer():
    a = await inner(1)
    b = await inner(a)
    return [a, b]


c = outer()
print(type(c).__name__, inspect.iscoroutine(c), inspect.iscoroutine(outer))
try:
    step = c.send(None)
    while True:
        print("loop got", step)
        step = c.send(step[1] + 100)
except StopIteration as e:
    print("done", e.value)

try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


async def guarded():
    try:
        await Ready(5)
    except KeyError as e:
        print("caught", repr(e))
        return "recovered"
    finally:
        print("finally")


g = guarded()
print(g.send(None))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("stopped with", e.value)

h = guarded()
h.send(None)
h.close()
print("closed")


async def twice():
    return 1


t = twice()


async def reuse():
    print(await t)
    print(await t)


r = reuse()
try:
    r.send(None)
except StopIteration:
    print("unexpected")
except RuntimeError as e:
    print("RuntimeError:", e)


async def bad():
    await 5


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
