"""dataclasses: what runs of it in a compiled program.

The compiler writes the methods @dataclass adds (src/driver/dataclasses.h:
a compiled program cannot exec the source text CPython's decorator builds),
so a decorated class never calls `dataclass` or `field` here. What remains
is what the written methods and the program use at run time.
"""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "MISSING", "fields", "asdict", "astuple", "replace",
           "is_dataclass"]


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
              match_args=True, kw_only=False, slots=False, weakref_slot=False, _ingot_fields=None):
    if _ingot_fields is not None:
        # The class's __dataclass_fields__, from the records the compiler
        # writes: (name, type, has default, default, factory, init, repr, compare).
        out = {}
        for name, type_text, has_default, default, factory, in_init, in_repr, compare in _ingot_fields:
            f = Field(default if has_default else MISSING, MISSING if factory is None else factory, in_init, in_repr,
                      None, compare, None, MISSING)
            f.name = name
            f.type = type_text
            out[name] = f
        return out
    # Reached only where the compiler could not see the decoration (the
    # decorator called as a value): the methods were not written.
    raise NotImplementedError("ingot: dataclass() applied where the compiler cannot see the class")


def fields(class_or_instance):
    if not hasattr(class_or_instance, "__dataclass_fields__"):
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(class_or_instance.__dataclass_fields__.values())


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _as_inner(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _as_inner(obj, tuple_factory, False)


# A slot values pass through to be read back as a dyn: a branch for a
# type the value cannot have is still compiled for its static type.
_untyped = [None]


def _as_inner(value, factory, as_dict):
    """asdict's and astuple's walk: dataclasses become the factory's result
    (of (name, value) pairs or of values), lists, tuples and dicts are
    rebuilt around their converted items, anything else is deep-copied."""
    if _is_dataclass_instance(value):
        items = []
        for f in fields(value):
            converted = _as_inner(getattr(value, f.name), factory, as_dict)
            items.append((f.name, converted) if as_dict else converted)
        return factory(items)
    _untyped[0] = value
    obj = _untyped[0]
    if isinstance(obj, list):
        return [_as_inner(v, factory, as_dict) for v in obj]
    if isinstance(obj, tuple):
        return tuple([_as_inner(v, factory, as_dict) for v in obj])
    if isinstance(obj, dict):
        return {_as_inner(k, factory, as_dict): _as_inner(v, factory, as_dict) for k, v in obj.items()}
    import copy
    return copy.deepcopy(value)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
