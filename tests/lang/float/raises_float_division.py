def average(xs):
    return sum(xs) / len(xs)


print(average([1.0, 2.0, 4.0]))
print(average([]))
