import difflib

old = ["def area(r):\n", "    return 3.14 * r * r\n", "\n", "# helpers\n", "def perimeter(r):\n",
       "\treturn 2 * 3.14 * r\n", "print(area(2))\n"]
new = ["import math\n", "\n", "def area(r):\n", "    return math.pi * r ** 2\n", "\n", "def perimeter(r):\n",
       "\treturn 2 * math.pi * r\n", "print(area(2), perimeter(2))\n"]
differ = difflib.Differ(linejunk=difflib.IS_LINE_JUNK, charjunk=difflib.IS_CHARACTER_JUNK)
result = list(differ.compare(old, new))
print("".join(result), end="")
print(list(difflib.restore(result, 1)) == old, list(difflib.restore(result, 2)) == new)
print("".join(difflib.ndiff(["abcdefg\n", "same\n"], ["abXdefgh\n", "same\n"], charjunk=None)), end="")

matcher = difflib.SequenceMatcher(lambda line: line.strip() == "", old, new)
print(matcher.ratio())
for group in matcher.get_grouped_opcodes(1):
    print(group)
matcher.set_seq1(new)
print(matcher.ratio(), matcher.get_matching_blocks()[-1])
matcher.set_seqs("kitten", "sitting")
print(matcher.get_opcodes(), matcher.ratio())

for line in difflib.diff_bytes(difflib.unified_diff, [b"alpha\n", b"beta\n"], [b"alpha\n", b"gamma\n"], b"x.bin", b"y.bin"):
    print(line)
print("".join(difflib.context_diff(["a\n", "b\n"], ["a\n", "c\n"], "f1", "f2", "2024-01-01", "2024-01-02")), end="")
try:
    list(difflib.unified_diff([b"x"], ["y"]))
except TypeError as e:
    print("TypeError:", e)
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print("ValueError:", e)
