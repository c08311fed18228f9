if True:
    print "hello", x
