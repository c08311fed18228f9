# __cause__, __context__ and __suppress_context__ read from an instance of
# the program's own exception class (caught as that class only), after
# `raise ... from e`, `from None` and an implicit chain.
class ConfigError(Exception):
    def __init__(self, section, key, problem):
        super().__init__(f"[{section}] {key}: {problem}")
        self.section, self.key = section, key


def lookup(table, key, how):
    try:
        return table[key]
    except KeyError as e:
        if how == "from":
            raise ConfigError("s", key, "missing") from e
        if how == "none":
            raise ConfigError("s", key, "missing") from None
        raise ConfigError("s", key, "missing")


for how in ("from", "none", "implicit"):
    try:
        lookup({"a": 1}, "b", how)
    except ConfigError as e:
        print(how, e, "|", repr(e.__cause__), repr(e.__context__), e.__suppress_context__, e.key)
        print(e.__traceback__ is not None, type(e.__context__).__name__)
