# An uncaught exception of a class made per run of its statement: the
# traceback names it by its qualified name, with its run's message.


def make(msg):
    class AppError(RuntimeError):
        def __str__(self):
            return f"{msg}: {self.args[0]}"

    return AppError


First = make("first")
Second = make("second")
try:
    raise First("caught")
except First as e:
    print(e)
raise Second("not caught")
