counter = 0


def tick(label, value):
    global counter
    counter += 1
    print("tick", label, counter)
    return value


def ratio(a, b):
    return a / b


print(tick("a", 1) + tick("b", 2) * tick("c", 3))
print(tick("d", 2) * tick("e", 3), tick("f", 7) // tick("g", 2), tick("h", 1.5) < tick("i", 2))
print(tick("j", "x") + tick("k", "y"), tick("l", 3) == tick("m", 3.0), tick("n", 2.5) > tick("o", 2))
print(counter + tick("p", 10), ratio(tick("q", 1), tick("r", 4)))
a, b = tick("s", 1), tick("t", 2)
print(a, b, tick("u", 0) or tick("v", 5), tick("w", 1) < tick("x", 2) < tick("y", 0) < tick("z", 9))
print(tick("after", 100) + counter, counter + tick("before", 1000))
