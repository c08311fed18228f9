def ratio(a, b):
    return a // b


def average(total, count):
    return ratio(total, count)


print(average(10, 3))
print(average(10, 0))
