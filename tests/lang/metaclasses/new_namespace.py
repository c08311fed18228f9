class UpperMeta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        ns["count"] = len([k for k in ns if not k.startswith("__")])
        if "size" in ns:
            ns["size"] = ns["size"] * 10
        return super().__new__(mcls, name, bases, ns)


class Thing(metaclass=UpperMeta):
    size = 3

    def area(self):
        return self.size * self.size


print(Thing.tag, Thing.count, Thing.size, Thing().area())


class Other(Thing):
    size = 5


class Plain(Thing):
    def area(self):
        return -1


print(Other.tag, Other.count, Other().area(), Plain.tag, Plain.size, Plain().area())


class Options(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("verbose", False)
        ns.pop("scratch", None)
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.names = sorted(k for k in ns if not k.startswith("__"))


class Job(metaclass=Options, retries=3):
    scratch = 1
    verbose = True

    def __init__(self, n):
        self.n = n


class Quiet(Job, retries=0):
    pass


j = Job(4)
print(j.n, Job.options, Job.verbose, Job.names, hasattr(Job, "scratch"))
print(Quiet.options, Quiet.verbose, Quiet.names)
