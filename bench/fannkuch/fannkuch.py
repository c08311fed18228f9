"""Fannkuch-redux (the Benchmarks Game's program): permutations of a small
list, reversing prefixes. Prints the checksum and the most flips.

    python3 bench/fannkuch/fannkuch.py [N]     (default 9)
"""
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign == 1 else -flips
        # The next permutation in the order the original program visits them.
        while True:
            if r == n:
                return checksum, max_flips
            p0 = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        sign = -sign


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    checksum, flips = fannkuch(n)
    print('%d\nPfannkuchen(%d) = %d' % (checksum, n, flips))


main()
