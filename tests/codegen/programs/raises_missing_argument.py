def area(w, h):
    return w * h


def measure(w):
    return area(w)


print(measure(3))
