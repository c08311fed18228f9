def cleanup(n):
    print('cleanup', n)
    return 10 // n


def work(n):
    try:
        return [1, 2][n]
    finally:
        cleanup(n - 5)


print(work(0))
try:
    work(5)
except ZeroDivisionError as e:
    print('finally replaced', repr(e), repr(e.__context__))
work(5)
