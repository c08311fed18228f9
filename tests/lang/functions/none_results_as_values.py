# Calls of functions and methods that return None, used as values.
log = []


def record(value):
    return value


print(record(log.append(1)))
print(log.append(2) is None, log.append(3) or "or", log.sort() and "never")
x = log.append(4)
print(x, log)
pairs = {"append": log.append(9), "print": print("printed")}
print(pairs, [log.clear()], (log.extend([7]), log.reverse()), {log.remove(7)})
squares = [log.append(i * i) for i in range(3)]
print(squares, log)
later = lambda: log.pop() and log.clear()
print(later(), log, f"{log.insert(0, 5)}", str(log.append(6)), repr(log.reverse()), log)
y = log.append(8) if log else print("empty")
print(y, max(log), [print(n) for n in log[:2]])
