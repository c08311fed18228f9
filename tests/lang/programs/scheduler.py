import heapq
from dataclasses import dataclass, field
from enum import IntEnum, auto
from typing import Optional


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()
    CRITICAL = auto()


@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    name: str = field(compare=False)
    priority: Priority = field(compare=False)
    duration: int = field(compare=False)
    deps: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (-int(self.priority), self.duration, self.name)


class CycleError(Exception):
    pass


def topo_order(tasks):
    by_name = {t.name: t for t in tasks}
    state = {}
    order = []

    def visit(name, path):
        if state.get(name) == "done":
            return
        if state.get(name) == "active":
            raise CycleError(" -> ".join(path + [name]))
        state[name] = "active"
        for d in sorted(by_name[name].deps):
            visit(d, path + [name])
        state[name] = "done"
        order.append(name)

    for t in sorted(tasks, key=lambda t: t.name):
        visit(t.name, [])
    return order


class Scheduler:
    def __init__(self, workers: int):
        self.workers = workers
        self.clock = 0
        self.done: dict[str, int] = {}

    def run(self, tasks):
        pending = {t.name: t for t in tasks}
        ready = []
        running = []  # (finish time, worker, task name)
        free = list(range(self.workers))
        timeline = []

        def release():
            for name in list(pending):
                t = pending[name]
                if all(d in self.done for d in t.deps):
                    heapq.heappush(ready, t)
                    del pending[name]

        release()
        while ready or running:
            while ready and free:
                t = heapq.heappop(ready)
                w = free.pop(0)
                heapq.heappush(running, (self.clock + t.duration, w, t.name))
                timeline.append(f"t={self.clock:3d} w{w} start {t.name} ({t.priority.name})")
            finish, w, name = heapq.heappop(running)
            self.clock = finish
            self.done[name] = finish
            free.append(w)
            free.sort()
            timeline.append(f"t={self.clock:3d} w{w} done  {name}")
            release()
        return timeline


def main():
    tasks = [
        Task("design", Priority.HIGH, 5),
        Task("backend", Priority.MEDIUM, 8, ["design"]),
        Task("frontend", Priority.MEDIUM, 6, ["design"]),
        Task("db", Priority.CRITICAL, 3),
        Task("tests", Priority.LOW, 4, ["backend", "frontend"]),
        Task("docs", Priority.LOW, 2, ["design"]),
        Task("deploy", Priority.HIGH, 1, ["tests", "db"]),
    ]
    print(sorted(tasks)[0])
    print([t.name for t in sorted(tasks)])
    print("order:", topo_order(tasks))
    s = Scheduler(2)
    for line in s.run(tasks):
        print(line)
    print("makespan:", s.clock, max(s.done.values()))
    print(Priority.HIGH > Priority.LOW, Priority(2), list(Priority), Priority["LOW"].value)
    bad = [Task("a", Priority.LOW, 1, ["b"]), Task("b", Priority.LOW, 1, ["c"]), Task("c", Priority.LOW, 1, ["a"])]
    try:
        topo_order(bad)
    except CycleError as e:
        print("cycle:", e)


if __name__ == "__main__":
    main()
