# Named tuples are tuples: ordered as tuples (sorted, min/max, < against
# plain tuples), isinstance(p, tuple), in/count/index/+.
import json
from collections import namedtuple
from typing import NamedTuple

Card = namedtuple("Card", "rank suit")


class Score(NamedTuple):
    points: int
    name: str
    bonus: int = 0


cards = [Card(10, "h"), Card(2, "s"), Card(10, "c"), Card(7, "d")]
print(sorted(cards))
print(max(cards), min(cards, key=lambda c: c.suit))
print(Card(2, "s") < Card(2, "t"), Card(3, "a") >= (3, "a"), (1, "z") < Card(2, "a"))
scores = [Score(30, "bo"), Score(30, "al", 5), Score(12, "cy")]
print(sorted(scores, reverse=True))
print(isinstance(scores[0], tuple), isinstance(cards[0], tuple), isinstance(cards[0], list))
s = scores[1]
print("al" in s, 99 in s, s.count(30), s.index(5), s + (1,), len(s + s))
print(json.dumps(cards[0]), json.dumps({"best": scores[0]}))
try:
    print(cards[0] < 5)
except TypeError as e:
    print("TypeError:", e)
by_suit = {c: c.rank for c in cards}
print(by_suit[(10, "h")], (7, "d") in by_suit)
# A field named like a tuple method (count, index) is the field.
Stat = namedtuple("Stat", "word count index")
stats = [Stat("a", 2, 0), Stat("b", 5, 1)]
print(sorted(stats, key=lambda s: -s.count)[0], stats[1].index + stats[1].count)
