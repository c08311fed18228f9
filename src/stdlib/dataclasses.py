"""dataclasses: what runs of it in a compiled program.

The compiler writes the methods @dataclass adds (src/driver/dataclasses.h:
a compiled program cannot exec the source text CPython's decorator builds),
so a decorated class never calls `dataclass` or `field` here. What remains
is what the written methods and the program use at run time.
"""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "MISSING"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return "MISSING"


MISSING = _MISSING_TYPE()


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata
        self.kw_only = kw_only


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None,
          kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    # Reached only where the compiler could not see the decoration (the
    # decorator called as a value): the methods were not written.
    raise NotImplementedError("ingot: dataclass() applied where the compiler cannot see the class")
