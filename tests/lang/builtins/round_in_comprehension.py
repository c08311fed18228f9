# round() of a method's float result inside a comprehension.
import random

rng = random.Random(2024)
print([round(rng.uniform(0, 10), 3) for _ in range(5)])
print([round(rng.random() * 100) for _ in range(3)])
print({i: round(rng.gauss(0, 1), 2) for i in range(3)})
