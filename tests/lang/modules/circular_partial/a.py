import b
READY = 'a ready'
def late():
    return b.early()
