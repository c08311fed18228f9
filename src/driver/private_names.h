// Private name mangling in the tree: inside class C, `self.__x` and `__x`
// mean `_C__x`, as CPython's compiler makes them.
//
// Design note. Mangling is a matter of spelling, settled before any stage
// looks at a name, so the tree the analysis and the code generator see
// already carries the names CPython's bytecode would: an attribute store in
// one method and a load in another agree, and messages (NameError,
// AttributeError, missing arguments) quote the mangled name as CPython
// does. What keeps its written spelling: def and class names (their
// __name__; the binding is mangled by the scopes, sema/mangle.h), keyword
// arguments of calls, and imported module names.
#pragma once

#include "driver/load.h"

namespace ingot::driver {

void mangle_private_names(LoadedFile& file);

}  // namespace ingot::driver
