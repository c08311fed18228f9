"""typing: the names annotations use, so that annotated programs compile.

ingot infers types and never checks annotations, so these objects only have
to exist, subscript, and print as CPython's do (`typing.List[int]`,
`typing.Optional[str]`, `~T`). Runtime introspection (get_type_hints,
__origin__ and friends) is not provided.
"""

__all__ = ["Any", "AnyStr", "Callable", "ClassVar", "Counter", "DefaultDict", "Deque", "Dict", "Final",
           "FrozenSet", "Generator", "Generic", "Hashable", "Iterable", "Iterator", "List", "Literal",
           "Mapping", "MutableMapping", "MutableSequence", "MutableSet", "NamedTuple", "NoReturn", "Optional",
           "OrderedDict", "Protocol", "Sequence", "Set", "Sized", "Tuple", "Type", "TypeVar", "Union",
           "TYPE_CHECKING", "cast", "final", "overload", "no_type_check", "runtime_checkable"]

TYPE_CHECKING = False


def _type_repr(obj):
    """How typing shows an argument: builtin classes by bare name, `...` as is."""
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(arg) for arg in obj) + "]"
    return repr(obj)


class _Alias:
    """A subscriptable name such as List or Dict[str, int]."""

    def __init__(self, name, args=None):
        self._name = name
        self._args = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Optional":
            return _Alias("Optional", params)
        if self._name == "Union":
            members = []
            for p in params:
                if p not in members:
                    members.append(p)
            if len(members) == 1:
                return members[0]
            if len(members) == 2 and (None in members or type(None) in members):
                other = members[0] if members[1] is None or members[1] is type(None) else members[1]
                return _Alias("Optional", (other,))
        return _Alias(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Type %s cannot be instantiated; use %s() instead" % (self._name, self._name.lower()))

    def __repr__(self):
        if self._args is None:
            return "typing." + self._name
        return "typing." + self._name + "[" + ", ".join(_type_repr(arg) for arg in self._args) + "]"

    def __eq__(self, other):
        return isinstance(other, _Alias) and self._name == other._name and self._args == other._args

    def __hash__(self):
        return hash((self._name, self._args))


Any = _Alias("Any")
NoReturn = _Alias("NoReturn")
ClassVar = _Alias("ClassVar")
Final = _Alias("Final")
Literal = _Alias("Literal")
Union = _Alias("Union")
Optional = _Alias("Optional")
Callable = _Alias("Callable")
Tuple = _Alias("Tuple")
List = _Alias("List")
Dict = _Alias("Dict")
Set = _Alias("Set")
FrozenSet = _Alias("FrozenSet")
Type = _Alias("Type")
DefaultDict = _Alias("DefaultDict")
OrderedDict = _Alias("OrderedDict")
Counter = _Alias("Counter")
Deque = _Alias("Deque")
Iterable = _Alias("Iterable")
Iterator = _Alias("Iterator")
Generator = _Alias("Generator")
Sequence = _Alias("Sequence")
MutableSequence = _Alias("MutableSequence")
Mapping = _Alias("Mapping")
MutableMapping = _Alias("MutableMapping")
MutableSet = _Alias("MutableSet")
Hashable = _Alias("Hashable")
Sized = _Alias("Sized")


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """A base for generic classes: `class Stack(Generic[T])`; subscripting
    the class gives the class back, as the parameters change nothing here."""

    @classmethod  # as CPython makes every __class_getitem__
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def NamedTuple(typename, fields=None, /, **kwargs):
    # The compiler writes the class of each named tuple it sees
    # (src/driver/namedtuples.h); a call it did not see has none.
    raise NotImplementedError("ingot: NamedTuple() called where the compiler cannot write its class")


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls
