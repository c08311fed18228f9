import difflib

OLD = """The quick brown fox
jumps over the lazy dog.
It was the best of times,
it was the worst of times.
Lorem ipsum dolor sit amet,
consectetur adipiscing elit.
one
two
three
four
five
six
""".splitlines(keepends=True)
NEW = """The quick brown fox
jumped over the lazy cat.
It was the best of times,
it was the worst of times.
Lorem ipsum dolor sit amet,
consectetur adipiscing elit.
one
two
3
four
five
six
seven
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(OLD, NEW, fromfile="old.txt", tofile="new.txt")), end="")
print("".join(difflib.context_diff(OLD, NEW, "a", "b", n=1)), end="")
print("".join(difflib.ndiff(OLD[:4], NEW[:4])), end="")
delta = list(difflib.ndiff(OLD, NEW))
print("".join(difflib.restore(delta, 2)) == "".join(NEW))
for line in difflib.unified_diff(["a", "b", "c"], ["a", "c", "d"], lineterm=""):
    print(line)

s = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(tag, i1, i2, j1, j2)
print(s.get_matching_blocks())
print(s.find_longest_match(0, 20, 0, 20))

junk = difflib.SequenceMatcher(lambda c: c == " ", " abcd", "abcd abcd")
print(junk.find_longest_match(), junk.get_matching_blocks())

long_a = ["x"] * 250 + ["tail"]
long_b = ["head"] + ["x"] * 250
m = difflib.SequenceMatcher(None, long_a, long_b)
print(sorted(m.bpopular), m.get_opcodes(), round(m.ratio(), 6))
m = difflib.SequenceMatcher(None, long_a, long_b, autojunk=False)
print(m.get_opcodes())

words = ["ape", "apple", "peach", "puppy", "applet", "maple", "happy"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("pupy", words, n=1, cutoff=0.5))
print(difflib.get_close_matches("zzz", words))
try:
    difflib.get_close_matches("x", words, n=0)
except ValueError as e:
    print("ValueError:", e)
