from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.LOW, repr(Priority.HIGH), f"{Priority.MEDIUM:03d}", str(Priority.HIGH))
print(Priority.LOW == 1, Priority.HIGH > Priority.MEDIUM, Priority.LOW < 3, 5 == Priority.MEDIUM)
print(Priority.LOW + 1, Priority.HIGH * 2, 3 + Priority.MEDIUM, Priority.HIGH - Priority.LOW, Priority.HIGH // 3)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority))

print(int(Priority.HIGH), Priority(10), Priority(5).name)
print({Priority.LOW: "l"}[Priority.LOW], hash(Priority.HIGH) == hash(10))
tasks = [("write", Priority.MEDIUM), ("fix", Priority.HIGH), ("read", Priority.LOW)]
for name, p in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(name, p.name, p.value)
