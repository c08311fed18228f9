class Counter:
    created = 0
    label = "counter"

    def __init__(self):
        Counter.created += 1
        self.count = 0

    def bump(self, by=1):
        self.count += by
        return self

c = Counter()
c.bump().bump(2)
total = Counter.created
print(c.count, total, Counter.label)
