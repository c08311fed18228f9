def greet(name, greeting="hello", times=1):
    return (greeting + " " + name) * times

def scale(x, factor=2.0):
    return x * factor

a = greet("ann")
b = greet("bob", times=2)
c = scale(3)
d = scale(3, 4)
print(a, b, c, d)
