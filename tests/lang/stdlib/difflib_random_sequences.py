import difflib
import random

rng = random.Random(21)


def text(alphabet, lo, hi):
    return "".join(rng.choice(alphabet) for _ in range(rng.randrange(lo, hi)))


for _ in range(60):
    a = text("abcx ", 0, 25)
    b = text("abcx ", 0, 25)
    m = difflib.SequenceMatcher(lambda c: c == " " if rng.random() < 0.5 else None, a, b)
    print(repr(a), repr(b), m.get_matching_blocks(), m.get_opcodes(), round(m.ratio(), 9), round(m.quick_ratio(), 9))

# 200 items and more: elements occurring more than 1% + 1 times are "popular".
for autojunk in (True, False):
    a = text("abcdefghij" + "x" * 20, 200, 260)
    b = text("abcdefghij" + "x" * 20, 200, 260)
    m = difflib.SequenceMatcher(None, a, b, autojunk)
    print(sorted(m.bpopular), len(m.get_opcodes()), m.get_matching_blocks()[:6], round(m.ratio(), 9))
    print(list(m.get_grouped_opcodes(2))[:2])

lines_a = [rng.choice(["x\n", "y\n", "zz\n", "same\n"]) for _ in range(30)]
lines_b = [rng.choice(["x\n", "y\n", "zz\n", "same\n", "new\n"]) for _ in range(30)]
print("".join(difflib.unified_diff(lines_a, lines_b, n=1)), end="")
print("".join(difflib.ndiff(lines_a[:8], lines_b[:8])), end="")
