import io
import logging

# Before any configuration: the last-resort handler writes bare messages
# at WARNING and above to stderr; the module functions configure the root.
log = logging.getLogger("early")
log.info("not shown")
log.warning("last resort")
print(logging.root.handlers, logging.getLogger().level)

stream = io.StringIO()
try:
    logging.basicConfig(stream=stream, bogus=1)
except ValueError as e:
    print("ValueError:", e)
print(len(logging.root.handlers), logging.root.level)
logging.root.handlers.clear()
logging.basicConfig(stream=stream, level="DEBUG", format="%(levelname)-8s %(name)s: %(message)s")
logging.basicConfig(level=logging.ERROR)  # ignored: the root has a handler
logging.debug("debug %d", 1)
logging.info("info %s", "two")
logging.getLogger("a.b").warning("from %s", "a.b")
logging.log(logging.CRITICAL, "critical")
logging.disable(logging.INFO)
logging.info("disabled")
logging.warning("still on")
logging.disable(logging.NOTSET)
print(stream.getvalue(), end="")
print(repr(logging.root), logging.root.handlers[0].formatter._fmt)

other = io.StringIO()
logging.basicConfig(stream=other, format="{levelname}|{message}", style="{", force=True)
logging.warning("forced %s", "again")
logging.info("force replaces the handlers and keeps the level")
print(other.getvalue(), end="")
logging.root.handlers.clear()
logging.basicConfig()
logging.error("to stderr with the default format")
