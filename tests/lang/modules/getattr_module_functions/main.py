import hashlib
import shapes

# hashlib's constructors picked by name, as a program that reads the
# algorithm from its input does.
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    h = getattr(hashlib, name)()
    h.update(b"abc")
    print(name, h.hexdigest()[:20], h.digest_size)
    print(name, getattr(hashlib, name)(b"abc").hexdigest() == h.hexdigest())

# A module of the program: functions of several signatures.
for name in ("square", "scaled"):
    f = getattr(shapes, name)
    print(name, f(3), f.__name__)
print(getattr(shapes, "scaled")(3, 2))
print(getattr(shapes, "scaled")(x=4))
print(getattr(shapes, "describe")(7))
print(getattr(shapes, "describe")("s", prefix="name"))
print(getattr(shapes, "pair")(1, 2, 3, b=1, a=2))

# A table of them, then the missing name.
table = {name: getattr(shapes, name) for name in ("square", "scaled")}
print(sorted((name, f(5)) for name, f in table.items()))
print(getattr(shapes, "cube", None))
print(hasattr(shapes, "square"), hasattr(shapes, "cube"))
try:
    getattr(shapes, "cube")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(shapes, "square")()
except TypeError as e:
    print("TypeError:", e)
