vals = [0, 0.0, 0j, '', b'', [], (), {}, set(), frozenset(), None, True, range(0), len, type, object()]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float, complex)), isinstance(v, (list, tuple, str, bytes)), isinstance(v, object))
print(isinstance(True, bool) and isinstance(True, int), issubclass(int, object), issubclass(type, object), issubclass(object, type))
