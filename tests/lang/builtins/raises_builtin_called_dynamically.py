def apply(f, *args):
    return f(*args)
print(apply(abs, -2), apply(str, 5))
print(apply(abs, -2, 3))
