class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Bag:
    def __init__(self):
        self.items = ["a", "b"]

    def __iter__(self):
        for item in self.items:
            yield item

for n in Countdown(3):
    print(n)
words = [w.upper() for w in Bag()]
print(words)
