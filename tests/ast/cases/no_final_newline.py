def f():
    if True:
        return 1  # the file ends here, indented, without a newline