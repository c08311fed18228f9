def pipeline(data, *funcs):
    for f in funcs:
        data = f(data)
    return data
print(pipeline(range(10), lambda xs: (x * x for x in xs), lambda xs: filter(lambda v: v % 2, xs), list))
print(sum(x for x in range(10)), max((len(w), w) for w in ['a', 'bbb', 'cc']))
