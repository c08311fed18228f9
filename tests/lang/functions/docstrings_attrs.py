def f(a, b=1, *c, d, e=2, **g):
    """Adds things."""
    return a
print(f.__doc__, f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount)
def nodoc():
    pass
print(nodoc.__doc__, nodoc(), f.__qualname__)
class K:
    def m(self):
        def inner():
            pass
        return inner
print(K.m.__qualname__, K().m().__qualname__)
