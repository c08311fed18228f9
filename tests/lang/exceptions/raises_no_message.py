def check(v):
    if v < 0:
        raise ValueError
    return v
print(check(3))
check(-1)
