# A pure recursion deeper than the limit raises RecursionError, after the
# same recursion within the limit worked.


def down(n):
    if n < 1:
        return 0
    return 1 + down(n - 1)


print(down(500))
print(down(100000))
