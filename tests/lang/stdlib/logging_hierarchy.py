import io
import logging

# Loggers by dotted name: parents, placeholders fixed up, propagation.
app = logging.getLogger("app")
db = logging.getLogger("app.db.pool")
mid = logging.getLogger("app.db")
print(db.parent.name, mid.parent.name, app.parent.name, logging.getLogger() is logging.root)
print(logging.getLogger("app.db") is mid, app.getChild("db") is mid)
print(repr(app), repr(db), repr(logging.root))

out = io.StringIO()
handler = logging.StreamHandler(out)
handler.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s"))
app.addHandler(handler)
app.setLevel(logging.INFO)
db.debug("hidden %d", 1)
db.info("pool size %d of %s", 5, "db1")
mid.warning("slow query: %(ms)d ms", {"ms": 250})
db.propagate = False
db.error("not propagated")
db.propagate = True
mid.setLevel("ERROR")
db.warning("filtered by app.db's level")
db.critical("critical %r", [1, 2])
print(out.getvalue(), end="")
print(db.getEffectiveLevel(), mid.getEffectiveLevel(), app.isEnabledFor(logging.DEBUG), db.isEnabledFor(50))

# Levels and their names.
print(logging.getLevelName(10), logging.getLevelName("WARN"), logging.getLevelName(25), logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
app.log(25, "a notice")
print(out.getvalue().splitlines()[-1])
try:
    app.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    app.log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)

# Formatter styles, padding, defaults, extra, filters.
out2 = io.StringIO()
h2 = logging.StreamHandler(out2)
h2.setFormatter(logging.Formatter("[{levelname:<8}] {name}: {message} ({user})", style="{", defaults={"user": "-"}))
h2.addFilter(logging.Filter("svc.web"))
svc = logging.getLogger("svc")
svc.addHandler(h2)
svc.setLevel(logging.DEBUG)
logging.getLogger("svc.web").debug("request %s", "/index")
logging.getLogger("svc.web.api").info("user call", extra={"user": "ann"})
logging.getLogger("svc.other").info("filtered out")
logging.getLogger("svc.webx").info("filtered out too")
h2.setFormatter(logging.Formatter("${levelname}:${message}", style="$"))
svc.getChild("web").warning("template style")
h2.addFilter(lambda record: record.levelno >= logging.ERROR)
svc.getChild("web").warning("dropped by the function filter")
svc.getChild("web").error("kept")
print(out2.getvalue(), end="")
for bad, style in (("no fields", "%"), ("{}", "{"), ("$ $x", "$"), ("%(x)", "%")):
    try:
        logging.Formatter(bad, style=style)
    except ValueError as e:
        print("ValueError:", e)
try:
    svc.info("x", extra={"name": "clash"})
except KeyError as e:
    print("KeyError:", e)

# exception() appends the traceback; LoggerAdapter adds extra.
out3 = io.StringIO()
h3 = logging.StreamHandler(out3)
h3.setFormatter(logging.Formatter("%(levelname)s %(message)s %(ip)s"))
net = logging.getLogger("net")
net.addHandler(h3)
adapter = logging.LoggerAdapter(net, {"ip": "10.0.0.1"})
adapter.warning("connect failed %d times", 3)
adapter.info("below the level")
print(repr(adapter))
h3.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
try:
    {}["missing"]
except KeyError:
    net.exception("lookup failed")
text = out3.getvalue()
print(text.splitlines()[0])
print(text.splitlines()[1], text.splitlines()[2], text.splitlines()[-1])
print(repr(handler), repr(logging.NullHandler()), logging.Handler().level)

# A Handler subclass collecting formatted records.
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))

collect = ListHandler()
logging.getLogger("jobs").addHandler(collect)
logging.getLogger("jobs").warning("job %s done in %.2f s", "build", 1.5)
logging.getLogger("jobs.sub").error("sub failed")
logging.getLogger("jobs").debug("too low")
print(collect.lines)
record = logging.makeLogRecord({"msg": "made %s", "args": ("by hand",), "levelno": 20})
print(record.getMessage(), record.levelno)
