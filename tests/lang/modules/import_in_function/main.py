def use():
    import heavy
    return heavy.compute(10)
print('before first call')
print(use())
print(use())
def local_alias():
    from heavy import compute as c
    return c(3)
print(local_alias())
print('heavy' in dir())
