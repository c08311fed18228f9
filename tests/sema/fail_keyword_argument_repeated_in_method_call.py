obj.method(x, key=1, key=2)
