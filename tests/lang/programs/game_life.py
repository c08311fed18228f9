import random
import itertools


class Life:
    def __init__(self, width, height, seed=None):
        self.w = width
        self.h = height
        rnd = random.Random(seed)
        self.cells = {(x, y) for x in range(width) for y in range(height) if rnd.random() < 0.35}
        self.generation = 0

    def neighbours(self, x, y):
        for dx, dy in itertools.product((-1, 0, 1), repeat=2):
            if dx or dy:
                yield (x + dx) % self.w, (y + dy) % self.h

    def step(self):
        counts = {}
        for cell in self.cells:
            for n in self.neighbours(*cell):
                counts[n] = counts.get(n, 0) + 1
        self.cells = {c for c, n in counts.items() if n == 3 or (n == 2 and c in self.cells)}
        self.generation += 1

    def __str__(self):
        rows = []
        for y in range(self.h):
            rows.append("".join("█" if (x, y) in self.cells else "·" for x in range(self.w)))
        return "\n".join(rows)

    def __len__(self):
        return len(self.cells)


def dice_game(seed):
    rng = random.Random(seed)
    scores = {"ann": 0, "ben": 0, "cat": 0}
    rounds = 0
    while max(scores.values()) < 50:
        rounds += 1
        for player in scores:
            roll = [rng.randint(1, 6) for _ in range(3)]
            bonus = 10 if len(set(roll)) == 1 else 0
            scores[player] += sum(roll) + bonus
    winner = max(scores, key=scores.get)
    return winner, rounds, scores


def shuffle_deck(seed):
    suits = "♠♥♦♣"
    ranks = ["A"] + [str(n) for n in range(2, 11)] + list("JQK")
    deck = [r + s for s in suits for r in ranks]
    rng = random.Random(seed)
    rng.shuffle(deck)
    hands = [deck[i::4][:5] for i in range(4)]
    return hands


def main():
    life = Life(20, 8, seed=7)
    print(f"gen {life.generation}: {len(life)} alive")
    print(life)
    history = []
    for _ in range(12):
        life.step()
        history.append(len(life))
    print(f"gen {life.generation}: {len(life)} alive")
    print(life)
    print("population:", history)
    for seed in (1, 2, 3):
        w, r, s = dice_game(seed)
        print(f"seed {seed}: {w} wins after {r} rounds {s}")
    for hand in shuffle_deck(99):
        print(" ".join(f"{c:>3}" for c in hand))
    rng = random.Random(2024)
    print([round(rng.uniform(0, 10), 3) for _ in range(5)])
    print(rng.choices("abc", weights=[5, 1, 1], k=10))
    print(rng.sample(range(100), 5), rng.randrange(0, 100, 5))
    g = rng.gauss(0, 1)
    print(f"{g:.6f}")
    print(list(itertools.accumulate([1, 2, 3, 4, 5])))
    print(list(itertools.combinations("ABCD", 2)))
    print(list(itertools.permutations([1, 2, 3]))[:4])
    print([list(g) for k, g in itertools.groupby("aaabbcaa")])
    print(list(itertools.islice(itertools.cycle("xyz"), 7)))
    print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
    print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")))


if __name__ == "__main__":
    main()
