// Named tuples: the compiler writes their classes.
//
// Design note. CPython's namedtuple makes a tuple subclass from strings at
// run time (its methods exec()'d from source text); a compiled program has
// no exec, and the analysis must see the class. So, before stage 1, these
// become class statements with what the tuple subclass offers:
//   `Point = namedtuple('Point', ['x', 'y'])` (or 'x y', 'x, y'; with
//       `defaults=(...)` for the last fields),
//   `Point = NamedTuple('Point', [('x', int), ('y', int)])`,
//   `class Point(NamedTuple):` with annotated fields and their defaults,
//   `class Point(namedtuple('Point', 'x y')):` with methods of its own,
//       and after the named tuple base mixin classes of its own,
// where `namedtuple` comes from collections and `NamedTuple` from typing.
// The class has construction by position or keyword, the fields by name
// and by index, iteration and unpacking, len, == and hash as the tuple of
// the fields, CPython's repr, `_fields`, `_field_defaults`, `_asdict()`,
// `_replace()`, `_make()`, `__match_args__`, "can't set attribute" for a
// field and, but in a subclass without `__slots__`, no other attributes;
// tuple's orderings, `in`, `+`, count() and index(); a method the class
// body defines itself, or a field of the same name, wins. The class is
// tuple's virtual subclass, not a real one: isinstance(p, tuple) holds,
// but tuple's other operators (`*`, `tuple.__add__` unbound) are not there.
//
// Refused (at the call): field names that are not literal, `rename`, a
// default that is not a one-line expression, a target name that is not
// the type name, a typing.NamedTuple class with other bases, a named
// tuple base after another base (its methods would come after the
// other's; they are written into the class itself).
#pragma once

#include "driver/load.h"

namespace ingot::driver {

// false after printing the refusal of a namedtuple this does not write yet.
bool write_namedtuple_classes(LoadedFile& file);

}  // namespace ingot::driver
