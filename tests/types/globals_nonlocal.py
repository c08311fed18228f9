counter = 0

def bump():
    global counter
    counter += 1
    return counter

def outer():
    total = 0
    def add(x):
        nonlocal total
        total += x
    add(1)
    add(2.5)
    return total

bump()
result = outer()
print(counter, result)
