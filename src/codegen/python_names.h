// The attribute names of CPython 3.11's builtin classes, for code that must
// raise AttributeError where CPython's lookup finds nothing (a method the
// builtin lacks) rather than refuse the program.
#pragma once

#include <string_view>

#include "types/type.h"

namespace ingot::codegen {

// Whether CPython's class of `kind` has an attribute `name`: the public
// names of its dir(), and any dunder; true for kinds not listed.
bool python_has_attribute(types::Kind kind, std::string_view name);

}  // namespace ingot::codegen
