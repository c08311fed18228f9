g = 0
def bump():
    global g
    g += 1
    return g
bump(); bump()
print(g)
def outer():
    n = 0
    def a():
        nonlocal n
        n += 1
    def b():
        nonlocal n
        n *= 10
    a(); b(); a()
    return n
print(outer())
def shadow():
    g = 'local'
    return g
print(shadow(), g)
def read_global():
    return g * 2
print(read_global())
try:
    def broken():
        print(undefined_thing)
    broken()
except NameError as e:
    print('NameError', e)
def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    v = 1
unbound()
