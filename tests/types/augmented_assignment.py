s = ""
for word in ["a", "b"]:
    s += word
n = 0
n += 1.5
xs = [1]
xs += [2]
count = 0
while count < 3:
    count += 1
bits = 1
bits <<= 3
print(s, n, xs, count, bits)
