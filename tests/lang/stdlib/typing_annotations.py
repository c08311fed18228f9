from typing import Dict, List, Optional, Tuple, TypeVar, Generic

T = TypeVar('T')


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


def histogram(words: List[str]) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def split_pair(text: str, sep: str = '=') -> Tuple[str, Optional[str]]:
    key, _, value = text.partition(sep)
    return key, value or None


s: Stack[int] = Stack()
for i in range(3):
    s.push(i * i)
print(s.pop(), s.pop(), s.items, histogram('a b a c b a'.split()), split_pair('k=v'), split_pair('k'))
print(List[int], Optional[str], Dict[str, List[int]], T)
