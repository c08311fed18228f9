// Classes with the builtin base dict or list.
//
// Design note. An instance of `class D(dict)` is a dict to every builtin
// and an instance of D with its own fields and methods. The compiler's
// instances and containers have different representations (runtime value
// contract), so before stage 1 such a class statement gets, right before
// it, its own copy of a storage class from src/stdlib/_builtin_bases.py
// (`_ingot_dict_D`, in the builtin's place among the bases): the instance
// keeps a plain dict or list in `_ingot_data`, and the builtin's methods
// and dunders forward to it as the builtin's C code does for a subclass.
// Everything after that is ordinary Python: an override is an ordinary
// override, `super().__setitem__` reaches the storage class, and each
// class's copy has the item types of its own instances. In the bodies of
// D and of the classes of the module that derive from D, `dict.NAME`
// (`dict.__init__(self)`, `__getattr__ = dict.__getitem__`) names the
// storage class's NAME, and each `__init__` first runs `_ingot_new_`,
// which makes the empty container as the builtin's __new__ would.
// Code generation puts the builtin in the class's MRO (`_ingot_builtin_`),
// so isinstance(x, dict) holds.
//
// Not rewritten (and refused where an instance is made, as before): other
// builtin bases, a builtin base given by anything but its plain name, or
// one whose name the module rebinds.
#pragma once

#include "driver/load.h"

namespace ingot::driver {

// Writes the storage classes; never refuses.
void write_builtin_bases(LoadedFile& file);

}  // namespace ingot::driver
