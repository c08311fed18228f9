def call(f, *args):
    return f(*args)

print(call(type, 3).__name__)
print(call(type, 3, 4))
