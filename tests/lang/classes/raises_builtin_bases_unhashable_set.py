# A set subclass is unhashable, as set is; a frozenset subclass is not.


class Bag(set):
    pass


class FrozenBag(frozenset):
    pass


print({FrozenBag([1]): "ok"})
print({Bag([1]): "no"})
