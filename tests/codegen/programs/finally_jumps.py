# return, break and continue leaving try/finally and except handlers.
log = []


def early(n):
    try:
        try:
            if n == 0:
                return 'zero'
            if n == 1:
                raise KeyError(n)
        finally:
            log.append('inner %d' % n)
        return 'fell through'
    except KeyError:
        return 'key'
    finally:
        log.append('outer %d' % n)


for n in range(3):
    print(early(n))
print(log)


def override():
    try:
        return 1
    finally:
        return 2


def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return 'swallowed'


print(override(), swallow())

total = 0
for i in range(10):
    try:
        if i % 2:
            continue
        if i > 6:
            break
        total += i
    finally:
        total += 100
print(total)

while True:
    try:
        raise IndexError('stop')
    except IndexError as e:
        print('handled', e)
        break
try:
    print(e)
except NameError as problem:
    print('unbound after the handler:', problem)


def returns_name():
    try:
        raise ValueError('v')
    except ValueError as err:
        return err


print(repr(returns_name()))
