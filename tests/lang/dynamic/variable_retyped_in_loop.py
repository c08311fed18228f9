acc = 0
for step in range(6):
    if step == 2:
        acc = float(acc) + 0.5
    elif step == 3:
        acc = str(acc) + '!'
    elif step == 4:
        acc = [acc, len(acc)]
    elif step == 5:
        acc = tuple(acc) + (None,)
    else:
        acc += 1
    print(step, type(acc).__name__, acc)
