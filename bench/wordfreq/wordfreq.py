"""Word frequency: the string work of an everyday text-processing script.
A deterministic corpus of log-like lines (words from a small vocabulary,
some of them non-ASCII, with punctuation and key=value fields) is built
with f-strings and join, tokenised (lower, replace, split), counted in a
dict, its fields parsed (partition, int), and reported through format
specs and join.

    python3 bench/wordfreq/wordfreq.py [LINES]     (default 300000)
"""
import sys

WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "python", "string",
         "Zürich", "naïve", "café", "data", "value", "index", "count", "line", "word", "text"]


def make_lines(n):
    lines = []
    seed = 12345
    for i in range(n):
        parts = []
        for _ in range(8):
            seed = (seed * 1103515245 + 12345) % 2147483648
            word = WORDS[(seed >> 8) % len(WORDS)]
            if seed % 4 == 1:  # a compound: a vocabulary of 420 words
                word += WORDS[(seed >> 16) % len(WORDS)]
            parts.append(word.upper() if seed % 7 == 0 else word)
        lines.append(" ".join(parts) + f", id={i} size={seed % 1000}.")
    return lines


def tokenize(line):
    return line.lower().replace(",", " ").replace(".", " ").split()


def main(n):
    lines = make_lines(n)
    counts = {}
    total = 0
    for line in lines:
        for token in tokenize(line):
            if "=" in token:
                key, _, value = token.partition("=")
                if key.startswith("size"):
                    total += int(value)
            else:
                counts[token] = counts.get(token, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    report = "\n".join(f"{word:>10} {count:8d}" for word, count in top)
    pairs = ",".join(f"{word}:{count}" for word, count in top)
    checksum = sum(len(line) for line in lines) + total + len(report) + len(pairs)
    print(len(counts), total, checksum)
    print(report.splitlines()[0].strip())


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
