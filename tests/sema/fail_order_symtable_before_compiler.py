return 1
def f():
    nonlocal q
