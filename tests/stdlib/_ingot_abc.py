"""The native `_ingot_abc` (runtime/abc_registry.h) for the checks under
CPython: there the modules' ABCs are CPython's abc.ABC, whose own
register() keeps the registry."""


def register(cls, subclass):
    cls.register(subclass)
