def work(i):
    if i % 2:
        raise ValueError(f'odd {i}')
    raise TypeError(f'even {i}')

errors = []
for i in range(3):
    try:
        work(i)
    except Exception as e:
        errors.append(e)
print(len(errors))
raise ExceptionGroup('work failed', errors)
