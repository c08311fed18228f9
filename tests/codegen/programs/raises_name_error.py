def show():
    print("total is", total)


for step in range(3):
    if step == 0:
        continue
    show()
    total = step * 10
