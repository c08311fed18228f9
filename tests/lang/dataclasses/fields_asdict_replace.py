from dataclasses import MISSING, asdict, astuple, dataclass, field, fields, is_dataclass, replace


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Line:
    start: Point
    end: Point
    tags: list = field(default_factory=list)
    label: str = "line"


@dataclass(frozen=True)
class Settings:
    name: str
    retries: int = 3
    hidden: int = field(default=7, init=False, repr=False)


p = Point(1, 2)
print([f.name for f in fields(p)], [f.name for f in fields(Line)])
print([(f.name, f.default is MISSING, f.init, f.repr) for f in fields(Settings)], fields(Settings)[1].default)
print(asdict(p), astuple(p))
line = Line(Point(0, 0), Point(3, 4), ["a", "b"])
d = asdict(line)
print(d)
d["tags"].append("c")
print(line.tags, d["tags"])
print(astuple(line))
print(asdict(line, dict_factory=list))

q = replace(p, y=10)
print(q, p, q is p)
s = Settings("main")
t = replace(s, retries=5)
print(s, t, t.hidden)
try:
    replace(s, hidden=1)
except ValueError as e:
    print("ValueError:", e)
try:
    asdict(5)
except TypeError as e:
    print("TypeError:", e)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(5))
print(fields(Line)[2].default_factory is list, fields(Point)[1].default)
