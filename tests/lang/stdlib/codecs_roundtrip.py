# codecs: encode/decode through every codec name spelling, the error
# handlers, UTF-32 (written in Python), lookup names, the BOMs, codecs.open.
import codecs
import os
import tempfile

text = "h\xe9llo \u20ac \U0001f600"
for name in ["utf-8", "UTF8", "u8", "utf-16", "utf-16-le", "utf_16_be", "utf-32", "utf32",
             "utf-32-le", "UTF-32BE"]:
    data = codecs.encode(text, name)
    print(name, codecs.lookup(name).name, data.hex(), codecs.decode(data, name) == text)

for name in ["latin-1", "latin1", "L1", "iso-8859-1", "cp819", "ascii", "us-ascii", "646"]:
    info = codecs.lookup(name)
    print(name, info.name, info.encode("abc"), info.decode(b"xyz"))

for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    for name in ["ascii", "latin-1", "utf-32-le"]:
        try:
            print(errors, name, codecs.encode("a\xe9\u20ac\ud800b", name, errors))
        except UnicodeEncodeError as e:
            print(errors, name, "UnicodeEncodeError", e.encoding, e.start, e.end, e.reason)

for errors in ["strict", "ignore", "replace", "backslashreplace"]:
    for data in [b"a\x00\x00\x00\xff\xff\x11\x00", b"\x00\xd8\x00\x00b\x00\x00\x00", b"c\x00\x00\x00d\x00"]:
        try:
            print(errors, repr(codecs.decode(data, "utf-32-le", errors)))
        except UnicodeDecodeError as e:
            print(errors, "UnicodeDecodeError", e.encoding, e.start, e.end, e.reason)
    try:
        print(errors, repr(codecs.decode(b"a\xffb", "utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e.encoding, e.start, e.end, e.reason)

print(codecs.decode(codecs.BOM_UTF32_BE + b"\x00\x00\x00A", "utf-32"))
print(codecs.decode(b"\x00\x00\x00A", "utf-32-be"), codecs.decode(bytearray(b"hi"), "ascii"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16, codecs.BOM_UTF32 == codecs.BOM_UTF32_LE)
print(codecs.getencoder("utf-8")("\xe9"), codecs.getdecoder("latin-1")(b"\xe9"))

for bad in ["nope", "utf-9"]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print("LookupError", e)
try:
    codecs.decode("text")
except TypeError as e:
    print("TypeError", e)

folder = tempfile.mkdtemp()
path = os.path.join(folder, "t.txt")
with codecs.open(path, "w", encoding="latin-1") as f:
    f.write("one\ntwo \xe9\r\n")
with open(path, "rb") as f:
    print(f.read().hex())
with codecs.open(path, "r", encoding="latin_1") as f:
    print(repr(f.read()))
with codecs.open(path, "rb") as f:
    print(len(f.read()))
os.remove(path)
os.rmdir(folder)
