def scale(x, y):
    return x / y


print(scale(1.5, 2))
print(scale(1.5, 0.0))
