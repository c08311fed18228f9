// Keyword arguments of a builtin called on run-time arguments
// (`partial(int, base=2)('101')`, `f(*args, **kwargs)` with f = sorted):
// the generated entry of each builtin (src/codegen/builtin_values.cpp)
// binds them here to the builtin's parameters, then calls the builtin as
// typed code would on those arguments.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "runtime/function.h"
#include "runtime/value.h"

namespace ingot::rt {

// The parameters of a builtin that keywords may name.
struct BuiltinKeywords {
  std::string_view name;                     // as messages spell it: "pow"
  uint32_t first_named;                      // positional-only parameters before `named`
  std::span<const std::string_view> named;   // positional-or-keyword parameters, in order
  std::span<const std::string_view> keyword_only;
  uint64_t none_is_absent = 0;  // bit i: keyword-only i given None is as if left out (`key=None`)
};

// A call's arguments bound: the positional ones (named parameters given by
// keyword right after them count as positional), and each keyword-only
// parameter's value, with bit i of `given` set where keyword-only i was given.
struct BoundKeywords {
  std::vector<Value> positional;
  std::vector<Value> keyword_only;
  uint64_t given = 0;
};

// CPython's TypeError for a name the builtin does not take, a parameter
// given twice, or a positional-or-keyword parameter left out before one given.
BoundKeywords bind_builtin_keywords(const BuiltinKeywords& params, const CallArgs& args);

}  // namespace ingot::rt
