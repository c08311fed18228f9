# A missing key of a dict subclass raises KeyError, as dict's does.


class Scores(dict):
    def best(self):
        return max(self.values())


s = Scores(ann=3, bob=5)
print(s.best(), s["ann"])
print(s["carl"])
