# argparse's Namespace defines __delattr__ through object.__delattr__.
import argparse
import dataclasses
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    qty: int


p = argparse.ArgumentParser()
a = p.parse_args([])
print(dataclasses.asdict(Item("a", 1)))
print(vars(a))
