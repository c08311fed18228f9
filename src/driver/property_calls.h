// `x = property(fget, fset, fdel, doc)` in a class body: the compiler
// writes the decorator form the analysis models.
//
// Design note. The analysis knows a property as a def whose kind is
// property (@property, @x.setter, @x.deleter: types/properties.cpp); a def
// is of one kind, and get_x stays a plain method beside the property. So
// the call's functions are kept in a class attribute of their own,
// `_ingot_property_x = (fget, fset, fdel)`, evaluated where the call was,
// and decorated defs named x call them through it (`del get_x` later in
// the body leaves them reachable). The doc is the getter def's docstring:
// the doc argument, else fget's when fget is a def of this body. What
// differs: `C.x.fget` is the wrapper, and dir(C) lists the attribute.
#pragma once

#include "driver/load.h"

namespace ingot::driver {

void write_property_calls(LoadedFile& file);

}  // namespace ingot::driver
