# A descriptor whose __get__ binds a function to the instance, as
# functions do: obj.name(...) calls what __get__ returns.


class bound:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, cls):
        if obj is None:
            return self
        return lambda x: self.f(obj, x)


class Scaler:
    def __init__(self, k):
        self.k = k

    @bound
    def scale(self, x):
        return x * self.k


print(Scaler(3).scale(4), Scaler(2).scale(5))
s = Scaler(10)
f = s.scale
print(f(7), type(Scaler.scale).__name__)
