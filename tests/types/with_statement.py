class Timer:
    def __init__(self):
        self.elapsed = 0.0

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.elapsed = 1.0
        return False

with Timer() as t:
    print("working")
e = t.elapsed
print(e)
