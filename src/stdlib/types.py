"""types: SimpleNamespace, and the names of the interpreter's own types
that programs test values against (FunctionType, GeneratorType,
GenericAlias, UnionType, ...), each taken from a value of that type, as
CPython's types.py does."""
__all__ = ["SimpleNamespace", "FunctionType", "LambdaType", "GeneratorType", "MethodType", "BuiltinFunctionType",
           "BuiltinMethodType", "NoneType", "EllipsisType", "NotImplementedType", "GenericAlias", "UnionType"]


def _function():
    pass


def _generator():
    yield 1


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
GeneratorType = type(_generator())
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = ["%s=%r" % (key, value) for key, value in self.__dict__.items()]
        return "%s(%s)" % (name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
