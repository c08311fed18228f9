import bisect
import heapq
from dataclasses import dataclass, field, replace
from typing import NamedTuple


@dataclass(frozen=True)
class Event:
    when: int
    name: str
    tags: tuple = ()


class Slot(NamedTuple):
    start: int
    end: int

    @property
    def length(self):
        return self.end - self.start


@dataclass
class Calendar:
    events: list = field(default_factory=list)
    _times: list = field(default_factory=list, repr=False)

    def add(self, ev):
        i = bisect.bisect_right(self._times, ev.when)
        self._times.insert(i, ev.when)
        self.events.insert(i, ev)
        return i

    def between(self, lo, hi):
        a = bisect.bisect_left(self._times, lo)
        b = bisect.bisect_right(self._times, hi)
        return self.events[a:b]

    def gaps(self, day_start, day_end):
        t = day_start
        for ev in self.events:
            if ev.when > t:
                yield Slot(t, ev.when)
            t = max(t, ev.when + 1)
        if t < day_end:
            yield Slot(t, day_end)


def describe(obj):
    match obj:
        case Event(when=w, name=n, tags=()) if w < 12:
            return f"morning {n}"
        case Event(name=n, tags=(first, *rest)):
            return f"{n} tagged {first} (+{len(rest)})"
        case Slot(start=s, end=e) if e - s >= 3:
            return f"long gap {s}-{e}"
        case Slot():
            return "short gap"
        case [x, y, *_]:
            return f"sequence starting {x}, {y}"
        case {"kind": k, **rest}:
            return f"mapping {k} with {sorted(rest)}"
        case _:
            return "something else"


cal = Calendar()
for ev in [Event(9, "standup"), Event(14, "review", ("eng", "q3")), Event(11, "1:1"), Event(16, "demo", ("all",)),
           Event(9, "coffee")]:
    print(cal.add(ev), end=" ")
print()
print([e.name for e in cal.between(9, 14)])
print(list(cal.gaps(8, 18)))
print([describe(x) for x in cal.events])
print([describe(g) for g in cal.gaps(8, 18)], describe([1, 2, 3]), describe({"kind": "x", "b": 1, "a": 2}), describe(5))
moved = replace(cal.events[0], when=10)
print(moved, moved == cal.events[0], hash(moved) == hash(Event(10, "standup")))
try:
    moved.when = 3
except Exception as e:
    print(type(e).__name__, e)
print(heapq.nlargest(2, cal.events, key=lambda e: len(e.name)), heapq.nsmallest(1, [5, 3, 8]))
if (n := len(cal.events)) > 3:
    print(f"{n} events; longest gap {max(cal.gaps(8, 18), key=lambda s: s.length)}")
print(sum(s.length for s in cal.gaps(8, 18)), Slot(1, 4)._replace(end=9), Slot._fields)
print({e.name: e.when for e in cal.events if e.tags}, sorted(cal.events, key=lambda e: (-e.when, e.name))[0])
