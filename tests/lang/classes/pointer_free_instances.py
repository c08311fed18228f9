# Instances whose fields are all floats, bools and complex numbers hold no
# pointers (the collector need not scan them); a subclass that adds a str
# or a list field does, and must keep those alive through many collections.


class Vec:
    def __init__(self, i):
        self.x = i * 0.5
        self.y = -i / 3
        self.ok = i % 2 == 0
        self.c = complex(i, 1)


class Named(Vec):
    def __init__(self, i):
        super().__init__(i)
        self.name = 'v' + str(i)
        self.tags = [i, str(i * i)]


def churn(n):
    # Garbage in between, so that collections run while the lists grow.
    total = 0
    for i in range(n):
        total += len(str(i) * 300)
    return total


vecs = []
named = []
for i in range(4000):
    vecs.append(Vec(i))
    named.append(Named(i))
    if i % 250 == 0:
        churn(20)

print(churn(2000))
print(sum(v.x for v in vecs), sum(v.y for v in vecs))
print(sum(1 for v in vecs if v.ok), sum(v.c for v in vecs))
print(''.join(n.name for n in named[:5]), named[3999].name)
print(sum(len(n.tags[1]) for n in named), named[1234].tags)
print(all(n.name == 'v' + str(i) and n.tags == [i, str(i * i)] for i, n in enumerate(named)))
fresh = Vec(3)
print(fresh.x, fresh.y, fresh.ok, fresh.c)
