// Ellipsis (`...`): one static object of class ellipsis, compared by
// identity as CPython's singleton is.
#pragma once

#include "runtime/value.h"

namespace ingot::rt {

extern const TypeObject ellipsis_type;
Value ellipsis();

}  // namespace ingot::rt
