import csv
import io
import textwrap
from collections import OrderedDict
from itertools import zip_longest
from operator import itemgetter, attrgetter

DATA = """name,dept,salary,start
Alice,Engineering,120000,2019-03-01
Bob,Sales,85000,2020-07-15
Carol,Engineering,135000,2017-11-30
Dan,Marketing,70000,2021-01-04
Eve,Sales,92000,2018-05-21
Frank,Engineering,99000,2022-09-12
"""


class Employee:
    __slots__ = ("name", "dept", "salary", "year")

    def __init__(self, name, dept, salary, start):
        self.name = name
        self.dept = dept
        self.salary = int(salary)
        self.year = int(start.split("-")[0])

    def __repr__(self):
        return "Employee(%r, %r, %d)" % (self.name, self.dept, self.salary)


rows = list(csv.DictReader(io.StringIO(DATA)))
staff = [Employee(**r) for r in rows]
by_dept = OrderedDict()
for e in sorted(staff, key=attrgetter("dept", "name")):
    by_dept.setdefault(e.dept, []).append(e)

print("{:<12}|{:>5}|{:>10}|{:>10}".format("dept", "n", "total", "avg"))
print("-" * 40)
for dept, people in by_dept.items():
    total = sum(p.salary for p in people)
    print("{:<12}|{:>5}|{:>10,}|{:>10.1f}".format(dept, len(people), total, total / len(people)))
top = max(staff, key=attrgetter("salary"))
print(f"top: {top.name} ({top.salary:,}) since {top.year}")
print(sorted(((e.year, e.name) for e in staff), key=itemgetter(0, 1))[:3])
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["dept", "names"])
for dept, people in by_dept.items():
    w.writerow([dept, ";".join(p.name for p in people)])
print(out.getvalue(), end="")
text = ("The quarterly report shows that engineering headcount grew while sales held steady, "
        "and marketing hired its first full-time analyst in January.")
print(textwrap.fill(text, width=36, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(text, 40))
for a, b in zip_longest("abc", [1, 2], fillvalue="-"):
    print(a, b, end="; ")
print()
print("%-8s%8.2f%%" % ("raise", 3.456), "%05d" % 42, "%x %o %e" % (255, 8, 12345.678))
try:
    staff[0].bonus = 1
except AttributeError as e:
    print("AttributeError:", e)
