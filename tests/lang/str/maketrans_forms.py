# str.maketrans's three forms, through the class, an instance and *args;
# bytes.maketrans.
t1 = str.maketrans({"a": "1", "b": None, ord("c"): "xy"})
print(sorted(t1.items()))
print("abcabc".translate(t1))
t2 = str.maketrans("abc", "xyz")
print(sorted(t2.items()), "aabbcc".translate(t2))
t3 = str.maketrans("ab", "AB", "c")
print(sorted(t3.items()), "abcd".translate(t3))
args = ("lo", "LO")
print("hello world".translate(str.maketrans(*args)))
print("hello".translate(str.maketrans(*args, "h")))
print("xox".translate("".maketrans({"x": "y"})))
print("abc".translate("abc".maketrans("a", "b")))
one = [{"q": "Q"}]
print("qq".translate(str.maketrans(*one)))
b = bytes.maketrans(b"ab", b"AB")
print(len(b), b[97], b"abc".translate(b))
print(b"abc".translate(None, b"b"))
print(bytearray(b"aab").translate(b))
for bad in [(), ("a", "b", "c", "d"), ("a", 1), (1, "a"), ("a", "b", 3), (1,)]:
    try:
        str.maketrans(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    str.maketrans("ab", "a")
except ValueError as e:
    print("ValueError", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError", e)
