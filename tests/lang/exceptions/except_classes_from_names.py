# `except NAME` where NAME holds a class or a tuple of classes chosen at
# run time, as retry decorators and error tables do.
RETRYABLE = (ValueError, KeyError)
FATAL = ZeroDivisionError


def attempt(action, catching):
    try:
        return action()
    except catching as e:
        return "caught " + type(e).__name__


def parse():
    return int("x")


def lookup():
    return {}["k"]


def divide():
    return 1 / 0


for catching in (RETRYABLE, FATAL, (FATAL, RETRYABLE), ((KeyError,), ValueError)):
    results = []
    for action in (parse, lookup, divide):
        try:
            results.append(attempt(action, catching))
        except Exception as e:
            results.append("escaped " + type(e).__name__)
    print(results)

handlers = {ValueError: "bad value", LookupError: "missing"}
for action in (parse, lookup):
    try:
        action()
    except tuple(handlers) as e:
        print([text for cls, text in handlers.items() if isinstance(e, cls)])

try:
    try:
        parse()
    except (ValueError, "not a class") as e:
        print("first matches", type(e).__name__)
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        parse()
    except [ValueError] as e:
        print("never")
except TypeError as e:
    print("TypeError:", e)
