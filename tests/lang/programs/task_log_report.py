import re
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from typing import Optional
import statistics

class Status(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()

    def __str__(self):
        return self.name.lower()

@dataclass
class Task:
    title: str
    priority: int = 3
    status: Status = Status.TODO
    tags: list[str] = field(default_factory=list)
    parent: Optional["Task"] = None

    def advance(self):
        order = list(Status)
        i = order.index(self.status)
        if i + 1 < len(order):
            self.status = order[i + 1]
        return self

LOG = """
2024-01-05 10:22:01 INFO  user=alice action=login ip=10.0.0.1
2024-01-05 10:23:17 WARN  user=bob action=fail ip=10.0.0.2 attempts=3
2024-01-05 10:25:44 INFO  user=alice action=upload size=2048
2024-01-05 11:02:09 ERROR user=carol action=crash code=500
2024-01-05 11:15:30 INFO  user=bob action=login ip=10.0.0.2
"""
PATTERN = re.compile(r"(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>\w+)\s+(?P<rest>.*)")

def parse(log):
    for line in log.strip().splitlines():
        m = PATTERN.match(line)
        if not m:
            continue
        fields = dict(kv.split("=", 1) for kv in m.group("rest").split())
        yield m.group("level"), m["time"], fields

events = list(parse(LOG))
by_level = {}
for level, t, f in events:
    by_level.setdefault(level, []).append(f["user"])
print(by_level)
print([f.get("ip", "?") for _, _, f in events])
sizes = [int(f["size"]) for _, _, f in events if "size" in f]
print(sizes, re.findall(r"user=(\w+)", LOG), re.split(r"\s*=\s*", "a = b=c"))
print(re.sub(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", lambda m: ".".join(reversed(m.groups())), "ip 10.0.0.1 end"))
print(bool(re.fullmatch(r"[a-z]+\d*", "abc123")), re.search(r"o(\w)", "hello world").group(1), re.escape("a.b*c"))

tasks = [Task("write", 1, tags=["doc"]), Task("test", 2), Task("ship")]
tasks[1].parent = tasks[0]
tasks[0].advance().advance().advance()
tasks[1].advance()
for t in sorted(tasks, key=lambda t: (t.status.value, -t.priority)):
    print(f"{t.title:6} {t.priority} {t.status!s:6} {t.status!r} {t.tags} {t.parent.title if t.parent else '-'}")
print(asdict(tasks[2]))
print(tasks[0] == Task("write", 1, Status.DONE, ["doc"]), Status["DOING"], Status(3), Status.DONE in Status)
data = [2.5, 3.1, 4.7, 1.2, 3.1, 5.9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), round(statistics.stdev(data), 6), round(statistics.pvariance(data), 6))
def running_avg():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return count
        total += value
        count += 1
        avg = total / count
gen = running_avg()
next(gen)
print([gen.send(x) for x in [10, 20, 30, 45]])
try:
    gen.send(None)
except StopIteration as e:
    print("done after", e.value)
