for step in range(5, 8):
    if step == 7:
        seen = step
print(step, seen)
total = 0
while total < 10:
    total += 3
    last = total
print(total, last)
