// `Name = type('Name', (bases), {'attr': value, ...})`: a class made at
// run time by type()'s three-argument form, written as the class statement
// it is equivalent to before stage 1.
//
// Design note. Whole-program inference must see a class's attributes to
// type its instances; a namespace given as a dict display with str keys
// names them all, so the call becomes `class Name(bases): attr = value`,
// whose body runs the values in the display's order after the bases, as
// the call evaluates them. Only where the two agree: at module level (in
// a function the statement's class would be named `f.<locals>.Name`), the
// string naming the variable, identifier keys that are not mangled in a
// class body (`__x`), and values that read none of the keys' names (the
// class body would read its own attribute). Any other three-argument call
// stays, and code generation refuses it by name.
#pragma once

#include "driver/load.h"

namespace ingot::driver {

// Rewrites the module-level type() calls of that form.
void write_type_calls(LoadedFile& file);

}  // namespace ingot::driver
