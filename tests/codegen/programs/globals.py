counter = 0
name = "ingot"


def bump(by):
    global counter
    counter += by
    return counter


def greet(who):
    return "hello " + who


for i in range(5):
    bump(i)
print(counter, greet(name))
print(bump(100))
