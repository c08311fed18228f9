import os

def f():
    return 1


x = 1 + 2
class A:
    x = 1
        y = 2  # a form feed inside indentation restarts the count
