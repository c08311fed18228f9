// Classes with a builtin base: dict, list, set, frozenset, tuple, str,
// int or float.
//
// Design note. An instance of `class D(dict)` or `class P(tuple)` is a
// dict or tuple to every builtin and an instance of its class with its own
// fields and methods. The compiler's instances and builtin values have
// different representations (runtime value contract), so before stage 1
// such a class statement gets, right before it, its own copies of a
// storage class of src/stdlib/_builtin_bases*.py and of its bases
// (`_ingot_dict_D`, in the builtin's place among the bases): the instance
// keeps a plain value of the builtin in `_ingot_data`, and the builtin's
// methods and dunders forward to it as the builtin's C code does for a
// subclass. Everything after that is ordinary Python: an override is an
// ordinary override, `super().__setitem__` reaches the storage class, and
// each class's copies have the types of its own instances. In the bodies
// of D and of the classes of the module that derive from D, `dict.NAME`
// (`dict.__init__(self)`, `__getattr__ = dict.__getitem__`) names the
// storage class's NAME.
//
// The builtin's __new__ is the storage class's `_ingot_new_`, which making
// an instance runs with the constructor's arguments before __init__
// (types/calls.cpp, codegen/attributes.cpp): it stores the value, so an
// immutable builtin's value is set from the arguments as CPython's
// __new__ sets it. A class's own `__new__(cls, ...)` becomes its
// `_ingot_new_` on the instance already made, with `cls = type(self)`;
// `super().__new__(cls, ...)` runs the base's and answers the instance.
// Code generation puts the builtin in the class's MRO (`_ingot_builtin_`),
// so isinstance(x, str) holds.
//
// Refused here: a __new__ that may answer another object than the one
// super().__new__ made (a cache, None). Not rewritten (and refused where
// an instance is made, as before): other builtin bases, a builtin base
// given by anything but its plain name, or one whose name the module
// rebinds.
#pragma once

#include "driver/load.h"

namespace ingot::driver {

// Writes the storage classes; false after printing a refusal.
bool write_builtin_bases(LoadedFile& file);

}  // namespace ingot::driver
