total = 0
for i in range(10):
    total += i
letters = []
for ch in "abc":
    letters.append(ch)
ages = {"a": 1}
for key in ages:
    print(key)
for k, v in ages.items():
    print(k, v)
for item in (1, "two", 3.0):
    print(item)
for idx, word in enumerate(["x", "y"]):
    print(idx, word)
for a, b in zip([1, 2], [0.5, 1.5]):
    print(a, b)
for byte in b"hi":
    print(byte)
print(total, letters)
