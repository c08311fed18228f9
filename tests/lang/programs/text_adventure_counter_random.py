import random
import string
from collections import Counter, deque


class Room:
    def __init__(self, name, desc, items=()):
        self.name = name
        self.desc = desc
        self.exits = {}
        self.items = list(items)

    def connect(self, direction, other, back=None):
        self.exits[direction] = other
        if back:
            other.exits[back] = self

    def __str__(self):
        s = f"{self.name}: {self.desc}"
        if self.items:
            s += " You see " + ", ".join(sorted(self.items)) + "."
        return s


class Player:
    def __init__(self, start):
        self.room = start
        self.bag = Counter()
        self.moves = 0
        self.trail = deque(maxlen=3)

    def do(self, command):
        verb, _, noun = command.partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(noun)

    def cmd_go(self, direction):
        nxt = self.room.exits.get(direction)
        if nxt is None:
            return "You can't go that way."
        self.trail.append(self.room.name)
        self.room = nxt
        return str(nxt)

    def cmd_take(self, item):
        if item not in self.room.items:
            return f"There is no {item} here."
        self.room.items.remove(item)
        self.bag[item] += 1
        return f"Taken: {item}."

    def cmd_drop(self, item):
        if self.bag[item] <= 0:
            return f"You have no {item}."
        self.bag[item] -= 1
        self.room.items.append(item)
        return f"Dropped: {item}."

    def cmd_inv(self, _):
        things = sorted((+self.bag).elements())
        return "You carry: " + (", ".join(things) if things else "nothing")


hall = Room("Hall", "A dusty hall.", ["lamp"])
kitchen = Room("Kitchen", "Pots everywhere.", ["knife", "bread", "bread"])
cellar = Room("Cellar", "Dark and damp.")
hall.connect("north", kitchen, "south")
kitchen.connect("down", cellar, "up")
p = Player(hall)
script = ["look", "take lamp", "go north", "take bread", "take bread", "take bread", "go down",
          "drop lamp", "inv", "go up", "go west", "dance wildly", "go south", "inv"]
for line in script:
    print(">", line)
    print(p.do(line) if not line == "look" else str(p.room))
print(p.moves, list(p.trail), dict(p.bag))
rng = random.Random(7)
word = "".join(rng.sample(string.ascii_lowercase, 6))
print(word, sorted(word), word.translate(str.maketrans("aeiou", "AEIOU")))
print(rng.choices(["n", "s", "e", "w"], weights=[5, 1, 1, 1], k=8), rng.uniform(1, 2) < 2, rng.gauss(0, 1) > -10)
