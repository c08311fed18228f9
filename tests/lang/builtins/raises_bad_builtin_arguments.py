# A builtin called with more arguments than it takes, uncaught: CPython's
# TypeError and traceback when the call runs, after what ran before it.
def measure(items):
    print("measuring", items)
    return len(items, 0)


print(len("abc"))
print(measure([1, 2]))
