def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
print(next(a), a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print('StopIteration value', e.value)
def echo():
    try:
        while True:
            got = yield
            print('echo', got)
    except GeneratorExit:
        print('closing')
e = echo()
next(e)
e.send('hi')
e.send([1, 2])
e.close()
print('closed')
def thrower():
    while True:
        try:
            yield 'normal'
        except ValueError as err:
            yield 'handled ' + str(err)
t = thrower()
print(next(t), t.throw(ValueError('boom')), next(t))
g = (x for x in [])
try:
    g.send('x')
except TypeError as err:
    print('TypeError', err)
