# An invalid pattern raises re.error with CPython's message; the ones
# caught first show the message, pos and the other attributes.
import re

for bad in ["(a", "a)", "[a-", "*a", "a**", r"\q", "(?P<1>x)", r"(a)\2", "a{3,2}", "[z-a]",
            "(?P=nope)", "(?<x>a)", "x(?i)", "(?P<a>x)(?P<a>y)", "a\n(b", r"[\d-z]", "(?#abc"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print(e)
try:
    re.sub("(a)", r"\g<x>", "a")
except IndexError as e:
    print("IndexError", e)
try:
    re.match("a", b"a")
except TypeError as e:
    print(e)
re.compile("(?P<n>a)(b")
