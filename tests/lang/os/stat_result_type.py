# The class of os.stat()'s result: its names, and the repr of its fields.
import os
import time

st = os.stat(".")
print(type(st).__name__, type(st).__qualname__, type(st).__module__)
r = repr(st)
print(r[: r.index("(")], "st_mode=" in r, r.count("="))
tm = time.gmtime(0)
print(type(tm).__name__, type(tm).__qualname__, repr(tm))
