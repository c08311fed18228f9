# bytes(), bytearray(), int.from_bytes() and struct.pack() of values whose types are known only at run time.
import struct
import json
cfg = json.loads('{"n": 7, "f": 2.5, "data": [65, 66, 67], "raw": null}')
print(struct.pack("<i", cfg["n"]))
print(struct.pack("<if", cfg["n"], cfg["f"]))
print(bytes(cfg["data"]))
b = bytes(cfg["data"])
print(int.from_bytes(b, "little"))
d = {"x": b"\x01\x02", "y": 3}
print(int.from_bytes(d["x"], "big"))
print(bytes(cfg["n"]))
print(int.from_bytes(bytearray(b"\x00\x10"), "big"), int.from_bytes([1, 2], "little"), int.from_bytes((255,), "big", signed=True))
for bad in ("ab", 5, [300], None):
    try:
        print(int.from_bytes(bad, "big"))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for v in (d["x"], d["y"]):
    try:
        print(int.from_bytes(v, "big"))
    except TypeError as e:
        print("TypeError", e)
v = json.loads('[300, 7]')
for make in (bytes, bytearray):
    try:
        print(make(v))
    except ValueError as e:
        print("ValueError", e)
print(bytes(v[1:]), bytearray(v[1]))
fmt = json.loads('"<hh"')
print(struct.pack(fmt, *cfg["data"][:2]), struct.unpack(fmt, struct.pack(fmt, *cfg["data"][:2])))
row = [cfg["n"], cfg["f"]]
print(struct.pack("<id", *row), struct.calcsize(fmt))
