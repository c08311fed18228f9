# Ordered dataclasses kept in a field whose type the program never pins
# down (a default_factory list): sorting, min and max reach the generated
# comparison methods through the boxed values.
from dataclasses import dataclass, field


@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False)


@dataclass
class Hand:
    cards: list = field(default_factory=list)
    owner: str = 'nobody'

    def add(self, card):
        self.cards.append(card)
        return self


h = Hand(owner='ann')
for rank, suit in [(12, 'H'), (3, 'S'), (7, 'D'), (3, 'C')]:
    h.add(Card(rank, suit))
print(sorted(h.cards))
print(min(h.cards), max(h.cards))
print(sorted(h.cards, reverse=True)[0], h.cards[0] > h.cards[1], h.cards[1] <= h.cards[3])
print(Hand())
