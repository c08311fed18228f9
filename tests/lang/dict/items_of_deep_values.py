# A dict whose values nest past the analysis' depth bound: its items() pairs
# are dyn, unpacked into a key and a value, or kept as a tuple.
def walk(node, depth=0):
    pad = "  " * depth
    if isinstance(node, dict):
        for key, value in node.items():
            print(pad + str(key) + ":")
            walk(value, depth + 1)
        for pair in node.items():
            print(pad + "pair", pair[0], type(pair).__name__)
    elif isinstance(node, list):
        for item in node:
            walk(item, depth + 1)
    else:
        print(pad + repr(node))


walk({"a": [1, "two", None], "b": {"c": True, "d": [[], {}]}})
