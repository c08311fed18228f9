import sys

count = len(sys.argv)
print(count, sys.argv[1], sys.argv[-1])
for i in range(1, count):
    print(i, sys.argv[i], len(sys.argv[i]))
