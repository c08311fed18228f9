"""Doubly recursive Fibonacci: function calls and small-int arithmetic.

    python3 bench/fib/fib.py [N]     (default 36)
"""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 36
    print('fib(%d) = %d' % (n, fib(n)))


main()
