# getattr of a str, list or dict method by name: a bound builtin method,
# callable; hasattr of builtin methods.
s = "abc"
m = getattr(s, "isprintable")
print(callable(m), m())
print(getattr("a\x01", "isprintable")())
for name in ["upper", "title", "isdigit", "strip", "isprintable", "casefold", "expandtabs"]:
    f = getattr("hello\tWorld ", name)
    print(name, callable(f), repr(f()))
print(hasattr("x", "upper"), hasattr("x", "nope"), hasattr([], "append"), hasattr({}, "items"))
print(hasattr("x", "isprintable"), hasattr("x", "format_map"), hasattr("x", "maketrans"))
xs = [3, 1, 2]
getattr(xs, "sort")()
getattr(xs, "append")(9)
print(xs, callable(getattr(xs, "pop")))
d = {"a": 1}
print(getattr(d, "get")("a"), getattr(d, "keys")())
print(getattr("a-b", "split")("-"), getattr("xy", "removeprefix")("x"), getattr("xy", "removesuffix")("y"))
print(getattr("{}+{}", "format")(1, 2), getattr("a\tb", "expandtabs")(4))
print(getattr("{x}", "format_map")({"x": 6}))
print(getattr("ab", "translate")({97: "z"}), getattr("ab", "translate")(getattr("", "maketrans")("b", "c")))
print(getattr("x", "zfill")(3))
for name in ["isprintable", "removeprefix", "format_map"]:
    try:
        getattr("x", name)(1, 2)
    except TypeError as e:
        print("TypeError", e)
