import random

random.seed(2024)
print(random.random(), random.randint(1, 6), random.randrange(0, 100, 7), random.choice('abcdef'))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.sample(range(50), 4), random.uniform(-1, 1))
print(random.choices(['x', 'y', 'z'], weights=[5, 1, 1], k=6), random.getrandbits(40))
rng = random.Random(99)
print([rng.randint(0, 9) for _ in range(12)], round(rng.gauss(10, 2), 12), rng.triangular(0, 1))
walk = 0
for _ in range(1000):
    walk += rng.choice([-1, 1])
print(walk)
try:
    random.choice([])
except IndexError as e:
    print('IndexError', e)
