// s += t on a local str variable of a function (codegen/str_appends.cpp).
#pragma once

#include "runtime/str.h"

namespace ingot::rt {

// `owned` is the object the variable's last append made, for as long as no
// read of the variable has let it escape (the generated code clears it at
// each read). That object is no one else's, so it grows in place into the
// room its heap block has; when the room runs out the new object gets
// twice what it needs. A loop of appends then takes linear time, as
// CPython's in-place resize of a string only one variable holds does.
Str str_append(Str s, Str t, StrObject*& owned);

}  // namespace ingot::rt
