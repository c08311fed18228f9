x = 'global'
def level1():
    x = 'level1'
    def level2():
        def level3():
            return x
        return level3()
    return level2()
print(level1())
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    def report():
        return sorted(counts.items())
    return count, report
count, report = counter_factory()
for w in 'a b a c a b'.split():
    count(w)
print(report())
def make_stack():
    items = []
    def push(v):
        items.append(v)
    def pop():
        return items.pop()
    return push, pop, lambda: len(items)
push, pop, size = make_stack()
push(1); push(2)
print(pop(), size())
