# pickle: dumps gives CPython's bytes for every protocol and loads reads
# them back; shared and repeated objects go through the memo.
import pickle

shared = [1, 2]
word = "shared" * 2
values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2 ** 31 - 1, 2 ** 31,
    -2 ** 31, -2 ** 31 - 1, 2 ** 63, -2 ** 39, -2 ** 40 + 1, 10 ** 700, -(10 ** 700),
    0.0, -0.0, 1.5, 1e300, float("inf"), -float("inf"), 1 / 3,
    "", "abc", "caf\xe9 \u20ac \U0001f600", "line\nbreak\\back\r\x00\x1a", "x" * 300,
    b"", b"\x00\xff", bytes(range(256)) * 2, bytearray(b"ab"),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [7], [1, "a", None], {}, {"k": 1},
    {1: "a", 2: "b"}, set(), {3}, {1, 2, 3}, frozenset(), frozenset([5]), frozenset([4, 5]),
    [shared, shared, (shared,)], (word, word, [word]), {"a": [[], []], "b": ({}, set())},
    list(range(2500)), {i: i * i for i in range(1200)}, set(range(1100)),
    [b"x" * 10, bytes(3)],
]
for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    for value in values:
        data = pickle.dumps(value, protocol)
        back = pickle.loads(data)
        same = back == value or (value != value)
        print(protocol, len(data), data[:60].hex(), data[-40:].hex(), same, type(back).__name__)
print(pickle.dumps([1, (2.5, "s")]) == pickle.dumps([1, (2.5, "s")], 4))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.dumps(None, -1))
loaded = pickle.loads(pickle.dumps([shared, shared]))
print(loaded[0] is loaded[1])
