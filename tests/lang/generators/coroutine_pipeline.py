def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
def mapper(fn, target):
    while True:
        target.send(fn((yield)))
p = printer('>>')
next(p)
f = filt(lambda x: x % 2 == 0, p)
next(f)
m = mapper(lambda x: x * 3, f)
next(m)
for i in range(6):
    m.send(i)
p.close()
print('done')
