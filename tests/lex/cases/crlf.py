if x:
    y = """a
b"""
    z = 1  # c

w = (1,
 2)
