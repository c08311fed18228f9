from dataclasses import dataclass


@dataclass
class Cell:
    value: int


print(Cell(1))
print({Cell(1): 'x'})
