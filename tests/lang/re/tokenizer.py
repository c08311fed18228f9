# A tokenizer and a log parser as real programs write them: one alternation
# of named groups read back through lastgroup, compiled patterns reused in
# loops, group values converted and summed.
import re

TOKEN = re.compile(r"""
    (?P<number>\d+(?:\.\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>[-+*/()=])
  | (?P<space>\s+)
  | (?P<error>.)
""", re.VERBOSE)


def tokens(text):
    out = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "space":
            continue
        out.append((kind, m.group()))
    return out


print(tokens("x = 3.5 * (y + 42) $"))

LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<level>[A-Z]+): (?P<message>.*)$", re.MULTILINE)
log = """2024-01-02 INFO: started
2024-01-02 WARN: disk at 91%
garbage line
2024-01-03 ERROR: failed after 3 retries
"""
counts = {}
for m in LINE.finditer(log):
    counts[m["level"]] = counts.get(m["level"], 0) + 1
    print(m.group("date"), m.group("level").lower(), m.group("message"))
print(sorted(counts.items()))
numbers = [int(n) for n in re.findall(r"\d+", log)]
print(sum(numbers), len(numbers))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3.\2.\1", log.splitlines()[0]))
words = re.compile(r"\b\w+\b")
print(max(words.findall("the quick brown fox"), key=len))
print(re.compile("o") == re.compile("o"), re.compile("o") is re.compile("o"))
