def three(a, b, c):
    return a + b + c


values = [1, 2, 3, 4]
print(three(*values[:3]))
print(three(*values))
