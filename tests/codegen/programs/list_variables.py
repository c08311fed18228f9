import sys

arguments = sys.argv


def last_length(args):
    copy = args
    return len(copy[len(copy) - 1])


print(len(arguments), last_length(arguments), arguments[-1])
