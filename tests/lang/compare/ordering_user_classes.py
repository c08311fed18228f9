class Card:
    order = '23456789TJQKA'
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def key(self):
        return self.order.index(self.rank)
    def __lt__(self, other):
        return (self.key(), self.suit) < (other.key(), other.suit)
    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in ['Kh', '2c', 'Ts', 'Ad', '2a', '9h']]
print(sorted(hand), max(hand), min(hand), Card('Kh') == Card('Kh'), Card('Kh') in hand)
print(sorted(hand, reverse=True), Card('3c') > Card('2c'), Card('3c') != Card('3d'))
try:
    Card('3c') <= Card('3c')
except TypeError as e:
    print('TypeError', e)
