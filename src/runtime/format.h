// format(x, spec): the format-specification mini-language for int, float,
// complex and str, exactly as CPython 3.11 renders it (f-strings and str.format
// call the same functions). An empty spec gives str(x).
#pragma once

#include <string_view>

#include "runtime/complex.h"
#include "runtime/int.h"
#include "runtime/str.h"

namespace ingot::rt {

Str format(Int x, Str spec);
Str format(double x, Str spec);
Str format(Complex x, Str spec);
Str format(Str x, Str spec);
// int's formatting for an int subclass (bool): errors name `type_name`.
Str format_int(Int x, Str spec, std::string_view type_name);

}  // namespace ingot::rt
