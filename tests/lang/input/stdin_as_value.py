# sys.stdin is a file object: input() and its own reads share one
# read-ahead, and it can be passed where a file is expected.
import sys


def numbers(stream=sys.stdin, count=None):
    found = []
    for line in stream:
        found.extend(int(x) for x in line.split())
        if count is not None and len(found) >= count:
            break
    return found


def header(stream):
    return stream.readline().rstrip("\n")


title = input()
print("title:", title)
print("header:", header(sys.stdin))
print("first three:", numbers(count=3))
src = sys.stdin
print("next line:", repr(src.readline()))
print("by input:", input("? "))
print("rest:", numbers(src))
print("at end:", repr(sys.stdin.readline()), repr(sys.stdin.read()))
