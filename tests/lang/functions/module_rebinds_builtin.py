# A module body reading a builtin's name before its global is bound:
# CPython's LOAD_NAME finds the builtin.
TimeoutError = TimeoutError
try:
    raise TimeoutError("late")
except TimeoutError as e:
    print("caught", e, isinstance(e, TimeoutError), type(e).__name__)

LookupError = KeyError if len("ab") > 1 else LookupError
try:
    {}["k"]
except LookupError as e:
    print("lookup", repr(e), LookupError is KeyError)

abs = abs
print(abs(-3), min(abs(-2), abs(1)))
