from dataclasses import dataclass, field
import dataclasses

@dataclass
class Empty:
    pass

@dataclasses.dataclass(order=True)
class Score:
    points: int
    name: str = field(compare=False, default='?')

def make():
    @dataclass
    class Local:
        a: int
        b: list = field(default_factory=lambda: [1, 2])
    return Local(1)

print(Empty(), Empty() == Empty(), Score(3) < Score(4, 'x'), Score(2, 'a') == Score(2, 'b'), make())
