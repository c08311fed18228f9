def step(n):
    if n == 2:
        raise ValueError('bad step %d' % n)
    return n
try:
    for i in range(4):
        print('step', step(i))
except ValueError:
    print('cleaning up')
    raise
