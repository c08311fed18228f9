def outer(n):
    def inner(m):
        return m + 1
    return inner(n)


print(outer(2))
