"""typing: the names annotations use, so that annotated programs compile.

ingot infers types and never checks annotations, so these objects only have
to exist, subscript, print and compare as CPython's do (`typing.List[int]`,
`typing.Optional[str]`, `~T`, `Optional[int] == int | None`), with their
`__origin__` and `__args__`; unions and the unsubscripted builtin aliases
answer isinstance(). get_type_hints() is not provided.
"""

__all__ = ["Any", "AnyStr", "Callable", "ClassVar", "Counter", "DefaultDict", "Deque", "Dict", "Final",
           "FrozenSet", "Generator", "Generic", "Hashable", "Iterable", "Iterator", "List", "Literal",
           "Mapping", "MutableMapping", "MutableSequence", "MutableSet", "NamedTuple", "NoReturn", "Optional",
           "OrderedDict", "Protocol", "Sequence", "Set", "Sized", "Tuple", "Type", "TypeVar", "Union",
           "TYPE_CHECKING", "cast", "final", "overload", "no_type_check", "runtime_checkable"]

TYPE_CHECKING = False


_NoneType = type(None)
_UnionType = type(int | str)


def _type_repr(obj):
    """How typing shows an argument: builtin classes by bare name, `...` as is."""
    if obj is ...:
        return "..."
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(arg) for arg in obj) + "]"
    return repr(obj)


def _union_members(params):
    """Union's arguments: nested unions flattened, None as NoneType, no repeats."""
    members = []
    for p in params:
        if (isinstance(p, _Alias) and p._name == "Union" and p._args is not None) or isinstance(p, _UnionType):
            added = p.__args__
        else:
            added = (_NoneType if p is None else p,)
        for member in added:
            if member not in members:
                members.append(member)
    return tuple(members)


class _Alias:
    """A subscriptable name such as List or Dict[str, int]; `origin` is the
    class it stands for, where that is a builtin one."""

    def __init__(self, name, args=None, origin=None):
        self._name = name
        self._args = args
        self._origin = origin

    @property
    def __origin__(self):
        return Union if self._name == "Union" else self._origin

    @property
    def __args__(self):
        return self._args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Optional":
            return Union[params[0], None]
        if self._name == "Union":
            members = _union_members(params)
            return members[0] if len(members) == 1 else _Alias("Union", members)
        if self._name != "Literal":  # Literal[None] keeps its None
            params = tuple(_NoneType if p is None else p for p in params)
        return _Alias(self._name, params, self._origin)

    def __call__(self, *args, **kwargs):
        raise TypeError("Type %s cannot be instantiated; use %s() instead" % (self._name, self._name.lower()))

    def __repr__(self):
        if self._args is None:
            return "typing." + self._name
        if self._name == "Union" and len(self._args) == 2 and _NoneType in self._args:
            other = self._args[0] if self._args[1] is _NoneType else self._args[1]
            return "typing.Optional[" + _type_repr(other) + "]"
        return "typing." + self._name + "[" + ", ".join(_type_repr(arg) for arg in self._args) + "]"

    def __eq__(self, other):
        if self._name == "Union" and isinstance(other, (_Alias, _UnionType)) and other.__args__ is not None:
            return set(self._args) == set(other.__args__)
        return isinstance(other, _Alias) and self._name == other._name and self._args == other._args

    def __hash__(self):
        if self._name == "Union" and self._args is not None:
            return hash(frozenset(self._args))
        return hash((self._name, self._args))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self._name == "Union" and self._args is not None:
            return any(issubclass(cls, arg) for arg in self._args)
        if self._args is None and self._origin is not None:
            return issubclass(cls, self._origin)
        if self._args is not None:
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        raise TypeError("typing.%s cannot be used with isinstance()" % self._name)


Any = _Alias("Any")
NoReturn = _Alias("NoReturn")
ClassVar = _Alias("ClassVar")
Final = _Alias("Final")
Literal = _Alias("Literal")
Union = _Alias("Union")
Optional = _Alias("Optional")
Callable = _Alias("Callable")
Tuple = _Alias("Tuple", origin=tuple)
List = _Alias("List", origin=list)
Dict = _Alias("Dict", origin=dict)
Set = _Alias("Set", origin=set)
FrozenSet = _Alias("FrozenSet", origin=frozenset)
Type = _Alias("Type", origin=type)
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
