import copy
from dataclasses import dataclass, field
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Player:
    name: str
    color: Color
    score: int = 0
    hand: list = field(default_factory=list)


@dataclass(frozen=True)
class Rules:
    rounds: int
    bonus: tuple = (1, 2)


players = [Player("ann", Color.RED, 3, ["a", "b"]), Player("bob", Color.GREEN)]
saved = copy.deepcopy(players)
players[0].hand.append("c")
players[1].score = 10
print(players)
print(saved)
print(saved[0].color is Color.RED, copy.copy(Color.GREEN) is Color.GREEN)

rules = Rules(3)
r2 = copy.deepcopy(rules)
r3 = copy.copy(rules)
print(r2, r3, r2 == rules, r2 is rules)

state = {"turn": Color.GREEN, "players": players, "first": players[0]}
s2 = copy.deepcopy(state)
print(s2["first"] is s2["players"][0], s2["first"] is players[0], s2["turn"])
