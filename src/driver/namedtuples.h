// collections.namedtuple: the compiler writes the class.
//
// Design note. CPython's namedtuple makes a tuple subclass from strings at
// run time (its methods exec()'d from source text); a compiled program has
// no exec, and the analysis must see the class. So, before stage 1, a
// statement `Point = namedtuple('Point', ['x', 'y'])` (or 'x y', 'x, y';
// `namedtuple` imported from collections by the module) becomes a class
// statement with what the tuple subclass offers: construction by position
// or keyword, the fields by name and by index, iteration and unpacking,
// len, == and hash as the tuple of the fields, CPython's repr, `_fields`,
// `_asdict()`, `_replace()`, `__match_args__`, and "can't set attribute".
// The class is no tuple subclass (the compiler has no builtin bases):
// isinstance(p, tuple), tuple methods and operators are not there.
//
// Refused (at the call): field names that are not literal, `defaults`,
// `rename`, a target name that is not the type name.
#pragma once

#include "driver/load.h"

namespace ingot::driver {

// false after printing the refusal of a namedtuple this does not write yet.
bool write_namedtuple_classes(LoadedFile& file);

}  // namespace ingot::driver
