import os

print(os.stat_result, os.stat_result.__name__, os.stat_result.__module__)
st = os.stat(".")
print(isinstance(st, os.stat_result), type(st) is os.stat_result, isinstance((1, 2), os.stat_result))
print(isinstance(st, tuple), issubclass(os.stat_result, tuple))
