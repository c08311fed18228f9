from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0


vs = [Version(2, 1), Version(1, 5), Version(1, 2)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1), Version(2)}))
try:
    Version(1).major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))


@dataclass(eq=False)
class Node:
    value: int


n = Node(1)
print(n == Node(1), n == n, {n: 'ok'}[n])
