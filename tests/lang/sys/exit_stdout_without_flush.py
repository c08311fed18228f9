# sys.stdout left holding an object without flush(): CPython's flush at the
# end fails, reports it on stderr and exits with status 120.
import sys


class Recorder:
    def write(self, s):
        sys.__stdout__.write("[" + s + "]")


print("plain")
sys.stdout = Recorder()
print("recorded", 5)
