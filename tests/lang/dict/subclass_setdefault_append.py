from collections import OrderedDict


class A:
    def __init__(self, name):
        self.name = name


class B:
    def __init__(self, name):
        self.name = name


staff = [A("a"), B("bb"), A("c")]
by_dept = OrderedDict()
for e in staff:
    by_dept.setdefault(len(e.name), []).append(e)
for dept, people in by_dept.items():
    print(dept, sum(len(p.name) for p in people))
