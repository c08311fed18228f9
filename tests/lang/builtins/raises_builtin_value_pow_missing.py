p = pow
print(p(2, 3))
print(p(2))
