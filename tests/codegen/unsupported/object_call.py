# error: 2:12: this call of object()
sentinel = object()
print(sentinel is sentinel)
