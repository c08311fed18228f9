def safe(x):
    try:
        return x - 1
    except TypeError:
        return -1

# "a" - 1 raises: that call's `x - 1` gives no value (bottom), so its result
# is only the except branch's int.
ok = safe(5)
bad = safe("a")
maybe = None
maybe = 3
total = maybe + 1 if maybe is not None else 0
print(ok, bad, total, type(ok).__name__)
