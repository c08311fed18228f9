import itertools
import json
import sys
from functools import reduce, partial, wraps
from operator import mul


def timed(label):
    def deco(fn):
        calls = 0

        @wraps(fn)
        def inner(*args, **kwargs):
            nonlocal calls
            calls += 1
            result = fn(*args, **kwargs)
            inner.last = (label, calls)
            return result
        inner.last = None
        return inner
    return deco


def read_records(lines):
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as e:
            print(f"line {lineno}: bad json ({e.msg})", file=sys.stderr)


def only(kind):
    def pick(records):
        for n, rec in records:
            if rec.get("type") == kind:
                yield n, rec
    return pick


def field_values(name, records):
    return (rec[name] for _, rec in records if name in rec)


@timed("stats")
def stats(values):
    vals = sorted(values)
    if not vals:
        return None
    mid = len(vals) // 2
    median = vals[mid] if len(vals) % 2 else (vals[mid - 1] + vals[mid]) / 2
    return {"n": len(vals), "min": vals[0], "max": vals[-1], "median": median, "sum": sum(vals)}


LINES = """
# sensor log
{"type": "temp", "value": 21.5, "room": "a"}
{"type": "temp", "value": 19.0, "room": "b"}
{"type": "hum", "value": 40, "room": "a"}
not json at all
{"type": "temp", "value": 23.25, "room": "a"}
{"type": "temp", "room": "c"}
{"type": "hum", "value": 55, "room": "b"}
""".splitlines()

temps = only("temp")(read_records(LINES))
print(stats(field_values("value", temps)), stats.last, stats.__name__)
hums = list(field_values("value", only("hum")(read_records(LINES))))
print(stats(hums), stats.last)
by_room = itertools.groupby(sorted((r["room"], r.get("value")) for _, r in read_records(LINES)), key=lambda p: p[0])
print({room: [v for _, v in grp] for room, grp in by_room})
product = partial(reduce, mul)
print(product([1, 2, 3, 4]), product([2.5, 4], 1), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
chunks = [list(c) for c in iter(partial(next, iter([])), None)] if False else []
it = iter(range(10))
print([list(itertools.islice(it, 3)) for _ in range(4)], chunks)
print(list(itertools.takewhile(lambda x: x < 4, itertools.count())), list(itertools.dropwhile(str.isdigit, "123abc4")))
print(list(itertools.pairwise("abcd")), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.zip_longest([1, 2], "xyz")), list(itertools.repeat("ab", 3)), list(itertools.islice(itertools.cycle("xy"), 5)))
