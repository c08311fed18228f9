pair = (1, "one")
num, word = pair
first = pair[0]
second = pair[1]
last = pair[-1]
triple = pair + (2.5,)
many = tuple([1, 2, 3])
head, *rest = [1, 2, 3]
empty = ()
def swap(a, b):
    return b, a
sw = swap(1, "x")
print(num, word, first, second, last, triple, many, head, rest, empty, sw)
