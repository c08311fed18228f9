# range() of four unpacked items: CPython's arity TypeError.
args = [1, 10, 2]
print(list(range(*args)))
args.append(3)
print(range(*args))
