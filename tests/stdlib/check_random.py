"""src/stdlib/random.py against CPython's random: the same draws from the same seeds."""
import random

from differential import finish, load, same

ours = load('random')


def draws(m, seed):
    r = m.Random(seed)
    out = [r.random() for _ in range(700)]  # past one twist of the 624-word state
    out += [r.randint(1, 100) for _ in range(50)]
    out += [r.getrandbits(k) for k in (0, 1, 31, 32, 33, 64, 70, 200)]
    out += [r.randrange(0, 100, 5), r.randrange(10), r.randrange(50, 0, -3)]
    xs = list(range(30))
    r.shuffle(xs)
    out += [xs, r.sample(range(100), 5), r.sample(range(1000), 60), r.sample('abcdefgh', 8), r.choice('abcdef')]
    out += [r.uniform(1, 2), [r.gauss(0, 1) for _ in range(3)], r.normalvariate(2, 3), r.expovariate(1.5)]
    out += [r.triangular(1, 5, 2), r.choices('abc', k=5), r.choices('abc', [1, 5, 2], k=5),
            r.choices('abc', cum_weights=[1, 2, 3], k=4)]
    return out


def module_functions(m):
    m.seed(7)
    return m.random(), m.randint(0, 10 ** 20), m.getrandbits(70), m.choice([1, 2, 3]), m.sample([4, 5, 6], 2)


def errors(m, call):
    r = m.Random(1)
    return call(r)


for seed in (0, 1, 12345, 2 ** 40 + 7, -5, 10 ** 30, 3.5):
    same(draws, random, ours, seed)
same(module_functions, random, ours)
for call in (lambda r: r.randrange(0), lambda r: r.randrange(5, 5), lambda r: r.randrange(0, 10, 0),
             lambda r: r.randrange(0, 10, -1), lambda r: r.choice([]), lambda r: r.sample([1, 2], 3),
             lambda r: r.getrandbits(-1), lambda r: r.choices('ab', [1], k=1), lambda r: r.choices('ab', [0, 0])):
    same(errors, random, ours, call)
finish('random')
