// Name tables of generated code (codegen/name_switch.cpp, codegen/imports.cpp):
// the lookup behind a switch on an attribute or global name (a class's
// getattr slot, a class object's attributes, a module's globals) and a
// module's dir(). Written as one `if (n == "name")` per name, such a
// function cost the C++ compiler a string comparison to inline and
// optimise per name; one call on a table in static data costs a fraction.
#pragma once

#include <span>
#include <string_view>

#include "runtime/list.h"
#include "runtime/str.h"

namespace ingot::rt {

// The index of `name` in `names` (sorted as std::string_view orders them,
// distinct), or -1 when it is not there.
int name_index(std::string_view name, std::span<const std::string_view> names);

// A module global for dir(): its name and whether it is bound now (null:
// always, as the module's dunders are).
struct BoundName {
  std::string_view name;
  const bool* bound;
};
// The names bound now, in the table's order.
List<Str> bound_names(std::span<const BoundName> names);

}  // namespace ingot::rt
