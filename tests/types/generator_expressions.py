v = [1.5, 2.0, 3.0]
sq = sum(x * x for x in v)
n = sum(1 for _ in v)
big = any(x > 2 for x in v)
gen = (str(x) for x in v)
text = ",".join(gen)
print(sq, n, big, text)
