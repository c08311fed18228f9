# `from __future__ import annotations` is common at the top of typed code:
# the names it imports are __future__'s _Feature records.
from __future__ import annotations, division
import __future__


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def push(self, value: int) -> Node:
        return Node(value, self)


head = Node(1).push(2).push(3)
values: list[int] = []
while head is not None:
    values.append(head.value)
    head = head.next
print(values)
print(annotations)
print(division.getOptionalRelease(), division.getMandatoryRelease())
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(__future__.all_feature_names)
