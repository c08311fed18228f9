# Operators, repr and hashing that a mixin with state gives its classes,
# used on values typed by the mixin.
class KeyedMixin:
    def __init__(self, key, **kwargs):
        super().__init__(**kwargs)
        self.key = key

    def __eq__(self, other):
        return isinstance(other, KeyedMixin) and self.key == other.key

    def __lt__(self, other):
        return self.key < other.key

    def __hash__(self):
        return hash(self.key)

    def __repr__(self):
        return type(self).__name__ + '(' + repr(self.key) + ')'


class Named:
    def __init__(self, name='?', **kwargs):
        super().__init__(**kwargs)
        self.name = name

    def __str__(self):
        return 'named ' + self.name


class User(Named, KeyedMixin):
    pass


class Group(Named, KeyedMixin):
    def __init__(self, members, **kwargs):
        super().__init__(**kwargs)
        self.members = members


class Token(KeyedMixin):
    pass


class Badge(KeyedMixin, Named):
    pass


class Role(Named, KeyedMixin):
    pass


xs = [User(name='ann', key=3), Group([1, 2], name='devs', key=1), Token(key=2), Badge(key=0, name='b'), Role(key=5)]
print(sorted(xs), min(xs), max(xs))
print(xs[0] == User(key=3), xs[0] == xs[1], xs[2] in xs, Token(key=1) in xs)
print(len({x for x in xs} | {Token(key=3)}), [str(x) for x in xs])
print([x.key for x in xs], xs[1].members, [x.name for x in xs if isinstance(x, Named)])
d = {x: x.key * 10 for x in xs}
print(d[Token(key=1)], d[Role(key=3)], repr(xs))
