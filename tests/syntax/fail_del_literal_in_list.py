del [a, b.c, 1]
