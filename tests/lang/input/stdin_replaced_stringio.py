import io
import sys

sys.stdin = io.StringIO("first\nsecond\nthird line\nfourth\nfifth\n")
print(input())
print(input("prompt> "))
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print("line:", line.rstrip())
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
sys.stdin = sys.__stdin__
print(repr(input("from the real stdin: ")))
