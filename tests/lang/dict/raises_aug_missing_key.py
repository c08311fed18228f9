# d[k] += x for an absent key: KeyError, and the operand is never read.
counts = {"a": 1}
key = "b"
counts["a"] += 1
print(counts)
counts[key] += undefined_name  # noqa: F821
