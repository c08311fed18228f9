"""abc: abstract base classes.

ABC is an ordinary class here, without the ABCMeta metaclass; classes
written `metaclass=ABCMeta` have it (docs/metaclasses.md). register()
keeps its registry in the runtime (runtime/abc_registry.h); the compiler
knows the classes that derive from it and the methods marked with
abstractmethod, and refuses to instantiate a class that leaves one
abstract, with CPython's TypeError (src/codegen/abstract_classes.cpp).
"""

import _ingot_abc

__all__ = ["ABC", "ABCMeta", "abstractmethod"]


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _register(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    _ingot_abc.register(cls, subclass)
    return subclass


class ABCMeta(type):
    """The metaclass of abstract classes written `metaclass=ABCMeta`: the
    compiler checks their abstract methods as it does ABC's subclasses'."""

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass."""
        return _register(cls, subclass)


class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance."""

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass, so
        that it can be a class decorator."""
        return _register(cls, subclass)
