# memoryview as a context manager: the view is released when the block
# ends, however it ends, and a released view refuses every operation.
data = bytearray(b"hello world")
with memoryview(data) as m:
    print(m[0], bytes(m[:5]), len(m))
    m[0] = ord("H")
print(data)
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
try:
    len(m)
except ValueError as e:
    print("ValueError:", e)
try:
    m.tobytes()
except ValueError as e:
    print("ValueError:", e)

# Released by an exception leaving the block, which goes on.
view = memoryview(b"abc")
try:
    with view as v:
        print(v is view, v.tolist())
        raise KeyError("inside")
except KeyError as e:
    print("KeyError:", e)
try:
    view.tolist()
except ValueError as e:
    print("ValueError:", e)

# release() by hand, twice (the second does nothing), then with on it.
w = memoryview(bytes(range(5)))
print(w[1:3].tolist())
w.release()
w.release()
try:
    with w:
        pass
except ValueError as e:
    print("ValueError:", e)

# A return and a break from inside the block.
def first_byte(b):
    with memoryview(b) as mv:
        return mv[0]
print(first_byte(b"xyz"))
for chunk in (b"ab", b"cd"):
    with memoryview(chunk) as mv:
        print(mv.tobytes())
        break
print(mv.obj if False else "released" if repr(mv).startswith("<released") else "live")

# with on values that are not context managers.
for bad in (1, "s", [1]):
    try:
        with bad:
            pass
    except TypeError as e:
        print("TypeError:", e)
