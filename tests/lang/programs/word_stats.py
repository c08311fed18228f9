import re
from collections import Counter, defaultdict
from typing import NamedTuple

TEXT = """The quick brown fox jumps over the lazy dog. The dog barks!
A journey of a thousand miles begins with a single step.
To be, or not to be: that is the question.
All that glitters is not gold; all who wander are not lost."""

class WordStat(NamedTuple):
    word: str
    count: int
    first_line: int

def tokenize(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        for m in re.finditer(r"[A-Za-z']+", line):
            yield lineno, m.group(0).lower(), m.start()

def main():
    counts = Counter()
    first = {}
    positions = defaultdict(list)
    for lineno, word, col in tokenize(TEXT):
        counts[word] += 1
        first.setdefault(word, lineno)
        positions[word].append((lineno, col))
    stats = [WordStat(w, c, first[w]) for w, c in counts.items()]
    stats.sort(key=lambda s: (-s.count, s.word))
    for s in stats[:8]:
        print(f"{s.word:<10} {s.count:>3} line {s.first_line}")
    print(counts.most_common(3))
    longest = max(counts, key=len)
    print("longest:", longest, len(longest))
    print("vowels:", sum(ch in "aeiou" for ch in TEXT.lower()))
    caps = re.findall(r"\b[A-Z]\w*", TEXT)
    print(caps)
    print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
    table = str.maketrans("abc", "xyz")
    print("aabbcc".translate(table))
    print(positions["the"])
    print(sorted(set(w[0] for w in counts))[:10])
    s = stats[0]
    print(s, s._asdict(), s._replace(count=99))
    words = TEXT.split()
    print(" ".join(reversed(words[:5])).title())
    print("%-8s|%5.2f|%x" % ("abc", 3.14159, 255))
    print("{:*^20}".format("center"))

if __name__ == "__main__":
    main()
