from collections import ChainMap


def run(program):
    scope = ChainMap({"print_prefix": ">"})
    for line in program:
        op, *args = line.split()
        if op == "enter":
            scope = scope.new_child()
        elif op == "leave":
            scope = scope.parents
        elif op == "set":
            scope[args[0]] = int(args[1])
        elif op == "get":
            name = args[0]
            value = scope.get(name, "undefined")
            print(scope["print_prefix"], name, "=", value, "depth", len(scope.maps))
        elif op == "del":
            try:
                del scope[args[0]]
            except KeyError as e:
                print("KeyError", e)
    return scope


final = run(["set x 1", "enter", "set x 2", "set y 3", "get x", "get y", "enter", "get x",
             "del x", "leave", "del x", "get x", "leave", "get x", "get y"])
print(final, dict(final), len(final))
layered = ChainMap({"a": 1}).new_child({"b": 2}).new_child(c=3)
print(layered, sorted(layered.items()), list(layered), layered.parents.parents)
