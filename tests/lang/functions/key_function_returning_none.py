# A function whose result is None used as a key or mapped: each call's
# None is a value there.
class Job:
    def __init__(self, name):
        self.name = name

    def run(self):
        print("running", self.name)

    def rank(self):
        return len(self.name)


jobs = [Job("build"), Job("test"), Job("deploy")]
print(list(map(Job.run, jobs)))
print([j.name for j in sorted(jobs, key=Job.rank)])
print(list(map(print, ["a", "b"])))


def log(x):
    print("log", x)


results = list(map(log, range(3)))
print(results, results.count(None))
try:
    print(max(jobs, key=lambda j: j.run()))
except TypeError as e:
    print("TypeError:", e)
