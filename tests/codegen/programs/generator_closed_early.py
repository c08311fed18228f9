# A for loop over a generator it made closes the generator when it ends
# early (break, return, an exception), running its finally blocks at once,
# as CPython does when it drops the last reference.
def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        print('cleanup', n)


for x in guarded(5):
    if x == 2:
        break
print('after break')


def first_over(limit):
    for x in guarded(10):
        if x > limit:
            return x
    return -1


print(first_over(3))
try:
    for x in guarded(4):
        print(10 // (1 - x))
except ZeroDivisionError:
    print('caught')
for x in guarded(3):
    print(x, 10 // (2 - x))
