# An exception in __set_name__ (one cached_property under two names)
# ends the class statement as the cause of CPython 3.11's RuntimeError.
from functools import cached_property


class Report:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def size(self):
        return len(self.rows)

    print("body ran")
    count = size


print("not reached", Report([1]).size)
