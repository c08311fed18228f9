import io
import pprint

config = {
    "server": {"host": "localhost", "ports": [8080, 8081, 8082], "tls": False},
    "users": [{"name": "ann", "roles": ["admin", "dev"], "quota": 10 ** 9},
              {"name": "bob", "roles": [], "quota": 512}],
    "limits": (1, 2, 3),
    "tags": {"b", "a", "c"} and {3, 1, 2},
    "motd": "Welcome to the server. Please read the rules before posting anything at all in here.",
}
pprint.pprint(config)
pprint.pprint(config, width=40)
pprint.pprint(config, width=60, indent=4, sort_dicts=False)
pprint.pprint(config, depth=2)
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat(list(range(40)), width=30))
print(pprint.pformat({"n": 12345678901234}, underscore_numbers=True))
grid = [[r * c for c in range(8)] for r in range(8)]
pprint.pprint(grid, width=35)
print(pprint.pformat((["x" * 30, "y" * 30],), width=40))
print(pprint.pformat(frozenset({5, 3, 9}), width=5))
print(pprint.pformat(b"0123456789" * 10, width=40))
loop = [1, 2]
loop.append(loop)
print(pprint.isrecursive(loop), pprint.isreadable(config), pprint.saferepr({"b": 1, "a": [2]}))
out = io.StringIO()
pprint.pprint({"z": 1, "y": 2}, stream=out)
print(repr(out.getvalue()))
pprint.pp({"z": 1, "y": [1] * 30}, width=20)
printer = pprint.PrettyPrinter(width=20, indent=2)
printer.pprint({"key": ["value one", "value two", "value three"]})
