def forever(n):
    return forever(n + 1) + 1
try:
    forever(0)
except RecursionError as e:
    print('RecursionError', e)
def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
print(count_depth(0) > 500)
print('still alive', sum(range(10)))
