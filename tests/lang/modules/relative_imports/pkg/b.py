CONSTANT = 7
def name():
    return __name__
