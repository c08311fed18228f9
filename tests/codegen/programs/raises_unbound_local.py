def last_square(n):
    for i in range(n):
        square = i * i
    return square


def pick(flag):
    if flag:
        value = "yes"
    else:
        value = "no"
    return value


print(last_square(4), pick(True), pick(False))
print(last_square(0))
