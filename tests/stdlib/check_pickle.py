"""src/stdlib/pickle.py against CPython's pickle: dumps gives the same bytes
in every protocol (memo, batches, frames, large payloads outside frames,
the reduce calls of the older protocols), and each module loads the
other's pickles."""
import pickle

from differential import finish, load, same

ours = load('pickle')
shared = [1]
VALUES = [
    None, True, False, 0, 255, 256, 65535, 65536, -1, 2 ** 31 - 1, 2 ** 31, -2 ** 31 - 1, -2 ** 39,
    2 ** 64, -(2 ** 2100), 0.5, -0.0, float('inf'), '', 'caf\xe9\n\\\u20ac\U0001f600', 'x' * 70000,
    b'', b'ab', b'z' * 70000, bytearray(b'q'), [bytearray(b'a'), bytearray(b'b')], (), (1,), (1, 2, 3),
    (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2}, {1: 2, 3: 4}, set(), {1, 2}, frozenset(), frozenset([1]),
    [b'x', b'y'], list(range(3000)), {i: -i for i in range(2100)}, set(range(1500)),
    ['a' * 70000, 'b'], [shared, shared, (shared,)], {'a': b'a', 'b': b'a'}, list(range(20000)),
]
for protocol in range(6):
    for value in VALUES:
        same(lambda m, v, p: m.dumps(v, p), pickle, ours, value, protocol)
        same(lambda m, v, p: m.loads(pickle.dumps(v, p)), pickle, ours, value, protocol)
same(lambda m: m.dumps([1, 2]), pickle, ours)
same(lambda m: m.dumps(1, 6), pickle, ours)
same(lambda m: m.loads(b''), pickle, ours)
same(lambda m: m.loads(b'\x80\x04\xff.'), pickle, ours)
finish('pickle')
