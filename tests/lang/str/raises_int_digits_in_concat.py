# str(i) of an int past the digit limit, as an operand of a + b + c (one
# allocation for the whole sum): the ValueError of str() itself.
big = 10 ** 5000
prefix = "n="
print(prefix + str(12) + ";")
print(prefix + str(big) + ";")
