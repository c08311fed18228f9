# isinstance() against a parameterized generic is CPython's TypeError.
Numbers = list[int]
print(isinstance([1], list), Numbers)
print(isinstance([1], Numbers))
