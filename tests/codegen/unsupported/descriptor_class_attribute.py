# error: 13:1: a class attribute ('width') that may hold a descriptor or another value
import sys


class Positive:
    def __get__(self, obj, objtype=None):
        return 1

    def __set__(self, obj, value):
        pass


class Rect:
    width = Positive() if len(sys.argv) > 5 else 3


print(Rect().width)
