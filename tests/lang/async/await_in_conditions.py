# await and yield where they may not run: under and/or, in the arms of
# a conditional expression, in while conditions (evaluated each turn).
import asyncio

log = []


async def value(v):
    log.append(v)
    await asyncio.sleep(0)
    return v


async def main():
    print(await value(0) and await value(1), log)
    print(await value(2) and await value(0) and await value(3), log)
    print(await value(0) or await value(4), log)
    print(await value(5) or await value(6), log)
    print(None or await value("x"), 0 and await value("never"))
    for flag in (True, False):
        print(await value("yes") if flag else await value("no"))
        print("plain" if flag else await value("awaited"))
    n = 0
    while await value(n) < 3:
        n += 1
    print("n", n)
    k = 0
    while k < 10 and await value(k) != 2:
        k += 1
    else:
        print("while else after k")
    print("k", k)
    m = 0
    while await value(m) < 2:
        m += 1
        if m == 5:
            break
    else:
        print("while else", m)
    print(log)


def gen(flag):
    x = (yield 1) if flag else -1
    y = flag and (yield 2)
    print("got", x, y)
    while (yield "cond"):
        print("looped")
    return "end"


asyncio.run(main())
for flag in (True, False):
    g = gen(flag)
    try:
        print(next(g), g.send("sent"), g.send("again") if flag else "")
        print(g.send(True), g.send(False))
    except StopIteration as e:
        print("stopped", e.value)
