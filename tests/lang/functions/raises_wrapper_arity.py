# Too many arguments through a forwarding wrapper: CPython's TypeError
# names the wrapped function.
def forward(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@forward
def pair(a, b):
    return a, b


print(pair(1, 2), pair('x', b=[3]))
print(pair(1, 2, 3))
