// The one header a generated program includes (codegen/module.cpp): the
// runtime's API, and what only generated code uses. The build precompiles
// it with the flags programs are compiled with (src/toolchain/CMakeLists.txt),
// so that compiling a program costs only its own code.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/name_switch.h"
#include "runtime/print.h"
#include "runtime/run_class.h"
#include "runtime/runtime.h"
#include "runtime/str_append.h"
#include "runtime/str_concat.h"
#include "runtime/sys_streams.h"

namespace ingot::rt {

// A str constant of the program (codegen/str_constants.cpp): a StrObject in
// static data, laid out as Str::allocate lays one out (str.cpp), so that
// reading the constant is taking its address: no allocation, and no guard of
// a function-local static at each use. Only non-ASCII strings longer than a
// stride carry an offset index (str.cpp's index_slots), 0 until first built.
template <size_t Size, size_t Length,
          size_t IndexSlots = (Size != Length && Length > StrObject::kIndexStride ? (Length - 1) / StrObject::kIndexStride : 0)>
struct StrConstant {
  StrObject object;
  char text[Size + 1];  // the UTF-8 and a NUL
  int64_t index[IndexSlots];
};
template <size_t Size, size_t Length>
struct StrConstant<Size, Length, 0> {
  StrObject object;
  char text[Size + 1];
};

// "" and one-character ASCII constants are the runtime's shared objects, as
// Str::from_utf8 gives them (CPython caches them too, and `is` shows it).
inline Str ascii_char_constant(unsigned char c) { return Str(&detail::ascii_char_strs[c].object); }

}  // namespace ingot::rt
