def logged(fn):
    def wrapper(*args):
        result = fn(*args)
        return result
    return wrapper

@logged
def add(a, b):
    return a + b

total = add(1, 2)
print(total)
