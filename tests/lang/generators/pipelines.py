def read_lines():
    for line in ['10 apples', '# comment', '3 pears', '', '7 plums']:
        yield line
def non_comment(lines):
    for line in lines:
        if line and not line.startswith('#'):
            yield line
def parse(lines):
    for line in lines:
        n, name = line.split()
        yield name, int(n)
def running_total(items):
    total = 0
    for name, n in items:
        total += n
        yield name, n, total
for row in running_total(parse(non_comment(read_lines()))):
    print(row)
import itertools
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.chain('ab', [1])), list(itertools.takewhile(lambda x: x < 3, itertools.count())))
print(list(itertools.product('ab', repeat=2)), list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations('abcd', 2)))
print([(k, list(g)) for k, g in itertools.groupby('aaabccdd')], list(itertools.zip_longest([1, 2], 'a', fillvalue='-')))
