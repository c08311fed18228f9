# A failed match is None: calling .group() on it is CPython's
# AttributeError.
import re

m = re.match(r"\d+", "abc")
print(m is None)
print(m.group())
