# A metaclass __call__ that refuses to construct: its TypeError propagates
# from the class call, after the instances it let through.
class Limited(type):
    def __call__(cls, *args, **kwargs):
        if cls.made >= cls.limit:
            raise TypeError("at most " + str(cls.limit) + " " + cls.__name__ + " instances")
        cls.made += 1
        return super().__call__(*args, **kwargs)


class Worker(metaclass=Limited):
    made = 0
    limit = 2

    def __init__(self, name):
        self.name = name


workers = [Worker("a"), Worker(name="b")]
print([w.name for w in workers], Worker.made)
Worker("c")
print("not reached")
