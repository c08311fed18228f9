# complex values have no order
print(1j == 1j)
print(sorted([2j, 1j]))
