# Handlers on sys.stdout and sys.stderr as values, as scripts set them up.
import logging
import sys


class Service:
    def __init__(self, name):
        self.name = name
        self.log = logging.getLogger("app." + name)

    def run(self, n):
        self.log.info("running %s with %d", self.name, n)
        if n > 2:
            self.log.warning("big n: %d", n)
        return n * 2


logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
s = Service("db")
print(s.run(1), s.run(3))

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
audit = logging.getLogger("audit")
audit.addHandler(out)
audit.propagate = False
audit.error("disk %d%% full", 93)
print(out.stream is sys.stdout, repr(out))

err = logging.StreamHandler()
print(err.stream is sys.stderr, repr(err))
old = err.setStream(sys.stdout)
print(old is sys.stderr, err.stream is sys.stdout)
audit.addHandler(err)
audit.critical("twice")
logging.getLogger("last").warning("to the root's handler")
