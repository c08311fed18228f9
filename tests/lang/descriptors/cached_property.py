# functools.cached_property: computed on the first read, then the
# instance's attribute; deleting it recomputes, assigning overrides.
from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.values)

    @cached_property
    def label(self):
        return "n=" + str(len(self.values))


d = Dataset([1, 2, 3])
print(d.computed)
print(d.total, d.total, d.computed)
print(d.label)
d.values.append(10)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = -1
print(d.total, d.computed)
e = Dataset([5])
print(e.total, e.label, e.computed)
print(type(Dataset.total).__name__, Dataset.total.attrname)
