# The TypeError of spreading None into a call ends the program.
def pair(a, b):
    return (a, b)


rows = [(1, 2), None]
for row in rows:
    print(pair(*row))
