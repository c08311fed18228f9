def describe(value):
    match value:
        case 0:
            return "zero"
        case [first, *rest]:
            return "list of " + str(len(rest) + 1)
        case {"name": name}:
            return name
        case _:
            return "other"

print(describe(0), describe([1, 2]), describe({"name": "x"}))
