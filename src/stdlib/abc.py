"""abc: abstract base classes.

ABC is an ordinary class here, without the ABCMeta metaclass: the compiler
knows the classes that derive from it and the methods marked with
abstractmethod, and refuses to instantiate a class that leaves one
abstract, with CPython's TypeError (src/codegen/abstract_classes.cpp).
"""

__all__ = ["ABC", "abstractmethod"]


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance."""
