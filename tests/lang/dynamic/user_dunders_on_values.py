# Operators whose operands are held as dynamic values (a list of mixed
# types): the classes' dunders run, with their reflections and
# NotImplemented falling back to the other operand.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return 'Money(%d)' % self.cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, int):
            return Money(other + self.cents)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Money):
            return Money(self.cents - other.cents)
        return NotImplemented

    def __mul__(self, other):
        if isinstance(other, int):
            return Money(self.cents * other)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        return Money(self.cents // other)

    def __neg__(self):
        return Money(-self.cents)

    def __abs__(self):
        return Money(abs(self.cents))

    def __float__(self):
        return self.cents / 100

    def __int__(self):
        return self.cents // 100

    def __round__(self, ndigits=None):
        return 'round(%s)' % ndigits

    def __divmod__(self, other):
        return divmod(self.cents, other)

    def __lt__(self, other):
        return self.cents < other.cents


class Scale:
    """Only reflected dunders: int * Scale and Money + Scale reach them."""
    def __init__(self, k):
        self.k = k

    def __rmul__(self, other):
        return other * self.k

    def __radd__(self, other):
        return 'Scale.__radd__(%r)' % (other,)


values = [Money(250), 3, Scale(2), 'text', 1.5, None, Money(-40)]
m, three, scale, text, half, none, debt = values
print(m + three, three + m, m + debt, m - debt, m * three, three * m)
print(three * scale, m + scale, m / 5, -m, abs(debt), -three)
print(float(m), int(m), float(three), int(half), round(m), round(m, 2), divmod(m, 7))
print(debt < m, sorted([m, debt]))
total = 0
for v in [m, debt, 7]:
    total = total + v
print(total)
acc = m
acc += debt
acc *= three
print(acc)
for a, b in [(m, text), (text, m), (m, half), (none, m)]:
    try:
        print(a - b)
    except TypeError as e:
        print('TypeError', e)
for bad in [text, none, scale]:
    try:
        print(-bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        print(abs(bad))
    except TypeError as e:
        print('TypeError', e)
    try:
        print(float(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
