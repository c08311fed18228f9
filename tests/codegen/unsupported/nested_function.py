# error: 3:5: a nested function
def outer(n):
    def inner(m):
        return m + 1
    return inner(n)


print(outer(2))
