log = []
def f(n):
    try:
        log.append('try %d' % n)
        if n == 0:
            raise ValueError('zero')
        return n
    except ValueError:
        log.append('except')
        raise
    finally:
        log.append('finally %d' % n)
print(f(1))
try:
    f(0)
except ValueError as e:
    log.append('outer ' + str(e))
print(log)
def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('generator cleanup')
for v in gen_cleanup():
    print('got', v)
    break
print('after loop')
