class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n

add5 = Adder(5)
r = add5(10)
rf = add5(0.5)
print(r, rf)
