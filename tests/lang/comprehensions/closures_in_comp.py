fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def outer():
    factor = 3
    return [lambda x, k=k: x * k * factor for k in range(3)]
print([h(2) for h in outer()])
counter = [0]
def bump(v):
    counter[0] += 1
    return v
print([bump(v) for v in range(5) if v % 2], counter)
