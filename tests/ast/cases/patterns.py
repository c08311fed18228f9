match command:
    case 0:
        pass
    case -1:
        pass
    case 1.5 | -2.5e3:
        pass
    case 1 + 2j | -1 - 2j | 0j:
        pass
    case "text" | b"bytes" | "implicit" "concatenation":
        pass
    case None | True | False:
        pass
    case x:
        pass


match point:
    case (0, 0):
        pass
    case (0, y) | (y, 0):
        pass
    case [x, y, *rest]:
        pass
    case [*_]:
        pass
    case (first, *_, last):
        pass
    case []:
        pass
    case ():
        pass
    case [single]:
        pass
    case single,:
        pass
    case a, b, *c:
        pass
    case (inner):
        pass
    case ((nested)):
        pass


match config:
    case {"key": value, 1: one, None: nothing, -1: neg, Color.RED: red}:
        pass
    case {"a": 1, **rest}:
        pass
    case {}:
        pass
    case {**rest}:
        pass


match shape:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case geometry.shapes.Circle(radius=r) if r > 0:
        pass
    case Color.RED | Color.GREEN:
        pass
    case Point(x=0) as origin_x:
        pass
    case [Point(x=0, y=0), *others] as group:
        pass
    case (1 | 2) as small:
        pass
    case {"k": [1, (2, {"z": _})]} if guard(small := 1):
        pass
    case _:
        pass


match (a, b):
    case (1, 2): pass


match *items, last:
    case _: pass


match -x:
    case _ if x:
        pass


# Soft keywords as plain names.
match = 1
case = 2
_ = match + case
match(x)
match[0]
match.attribute = 3
print(match, case, _)
