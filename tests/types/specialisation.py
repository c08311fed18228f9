def double(x):
    return x + x

a = double(2)
b = double(2.5)
c = double("ab")
d = double([1])
e = double(3)
print(a, b, c, d, e)
