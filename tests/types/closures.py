def make_counter():
    count = 0
    def increment(step):
        nonlocal count
        count += step
        return count
    return increment

def make_scaler(factor):
    return lambda x: x * factor

counter = make_counter()
a = counter(1)
b = counter(2)
triple = make_scaler(3)
t = triple(7)
half = make_scaler(0.5)
h = half(8)
print(a, b, t, h)
