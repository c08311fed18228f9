import getopt
import random

rng = random.Random(9)
WORDS = ["-a", "-b", "-ab", "-bx", "-c", "-", "--", "file", "--foo", "--foo=1", "--fo", "--foobar", "--bar=2", "--b",
         "-:", "--=v", "-aa", "x"]
SHORTS = ["ab:", "+ab:", "a:b", ""]
LONGS = [["foo", "foobar"], ["foo=", "bar="], "foo", []]

for _ in range(80):
    line = [rng.choice(WORDS) for _ in range(rng.randrange(1, 5))]
    shorts = rng.choice(SHORTS)
    longs = rng.choice(LONGS)
    row = [line, shorts, longs]
    for parse in (getopt.getopt, getopt.gnu_getopt):
        try:
            row.append(parse(line, shorts, longs))
        except getopt.GetoptError as e:
            row.append((e.msg, e.opt))
    print(*row)
