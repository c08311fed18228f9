# Replacement templates and escape() arguments whose type is known only at
# run time: values of a dict of mixed types, a list of str and bytes.
import re

options = {"wrap": r"<\1>", "double": r"\g<1>\g<1>", "dash": "-", "limit": 1}
for key in ("wrap", "double", "dash"):
    print(re.sub(r"(\w+)", options[key], "ab cd"), re.subn(r"(b)", options[key], "abcb"))
    print(re.search(r"(\d)", "x7").expand(options[key]))

texts = ["a.b*c", b"x+y?", "(1)"]
for text in texts:
    print(re.escape(text))

try:
    re.sub(r"(\w)", options["limit"], "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub(r"(\w)", r"\2", "ab")
except re.error as e:
    print("error:", e)
