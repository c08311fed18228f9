# Nested dicts made on first use through __missing__ (autovivification),
# beside a dict subclass that counts its words.


class Tree(dict):
    def __missing__(self, key):
        child = self[key] = Tree()
        return child


t = Tree()
t["a"]["b"]["c"] = 1
t["a"]["d"] = 2
print(t, len(t["a"]))


class WordCount(dict):
    def __missing__(self, key):
        return 0

    def add(self, text):
        for word in text.split():
            self[word] += 1
        return self


w = WordCount().add("a b a c b a")
print(w, w["a"], w["zzz"], "zzz" in w, sorted(w.items(), key=lambda kv: -kv[1]))
