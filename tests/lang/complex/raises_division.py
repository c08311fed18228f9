# complex division by zero ends the program with CPython's message
z = 1 + 2j
print(z / 2)
print(z / 0)
