log = []
def v(x):
    log.append(x)
    return x
lst = [v(i) for i in range(3)]
print(log)
log.clear()
gen = (v(i) for i in range(3))
print(log, next(gen), log)
print(sum(x * x for x in range(100)), sum([x * x for x in range(100)]))
print(list(zip((c for c in 'abc'), [x for x in range(3)])))
