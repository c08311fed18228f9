import random
rng = random.Random(12345)
print([rng.randint(1, 100) for _ in range(10)])
print(rng.random(), rng.uniform(1, 2), rng.choice('abcdef'), rng.randrange(0, 100, 5))
xs = list(range(10))
rng.shuffle(xs)
print(xs, rng.sample(range(100), 5))
random.seed(7)
print(random.random(), random.randint(0, 10 ** 20), random.getrandbits(70))
