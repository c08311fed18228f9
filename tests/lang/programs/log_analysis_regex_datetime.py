import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from statistics import mean, quantiles

LOG = """\
2024-05-01 10:00:01 INFO  api    GET /users 200 12ms
2024-05-01 10:00:02 INFO  api    GET /users/7 200 8ms
2024-05-01 10:00:05 WARN  db     slow query took 950ms
2024-05-01 10:01:00 ERROR api    POST /orders 500 120ms
2024-05-01 10:01:30 INFO  api    GET /orders?id=3 404 5ms
garbage line here
2024-05-01 10:02:10 INFO  api    POST /orders 201 33ms
2024-05-01 10:05:00 ERROR worker job 17 failed: TimeoutError('deadline')
2024-05-01 10:05:01 INFO  api    GET /health 200 1ms
"""

LINE = re.compile(r"(?P<ts>\S+ \S+) (?P<level>[A-Z]+)\s+(?P<src>\w+)\s+(?P<msg>.*)")
REQ = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>/[^\s?]*)(?:\?\S*)? (?P<status>\d{3}) (?P<ms>\d+)ms")

levels = Counter()
by_path = defaultdict(list)
errors = []
bad = 0
first = last = None
for raw in LOG.splitlines():
    m = LINE.fullmatch(raw)
    if not m:
        bad += 1
        continue
    ts = datetime.strptime(m["ts"], "%Y-%m-%d %H:%M:%S")
    first = first or ts
    last = ts
    levels[m.group("level")] += 1
    if (r := REQ.search(m["msg"])) is not None:
        by_path[(r["method"], r["path"])].append((int(r["status"]), int(r["ms"])))
    if m["level"] == "ERROR":
        errors.append(f"{ts:%H:%M} {m['src']}: {m['msg']}")

print(dict(levels), "bad lines:", bad)
print("span:", last - first, (last - first) // timedelta(minutes=1), "minutes")
for (method, path), hits in sorted(by_path.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    codes = ",".join(str(s) for s, _ in hits)
    print(f"{method:<6}{path:<10}{len(hits):>3} {mean(ms for _, ms in hits):7.2f}ms [{codes}]")
print(*errors, sep="\n")
times = [ms for hits in by_path.values() for _, ms in hits]
print(quantiles(times, n=4), max(times), sorted(times)[len(times) // 2])
print(re.sub(r"\d+ms", lambda m: f"<{int(m.group()[:-2]) // 10 * 10}ms>", "took 957ms and 12ms"))
print(LINE.pattern[:20], LINE.groupindex["msg"], REQ.match("GET /x 200 1ms").groupdict())
print((first + timedelta(days=30, hours=5)).isoformat(), first.weekday(), first.strftime("%j %U %a %p"))
