#include "runtime/name_switch.h"

#include <algorithm>

namespace ingot::rt {

int name_index(std::string_view name, std::span<const std::string_view> names) {
  auto it = std::lower_bound(names.begin(), names.end(), name);
  return it != names.end() && *it == name ? int(it - names.begin()) : -1;
}

List<Str> bound_names(std::span<const BoundName> names) {
  List<Str> out;
  for (const BoundName& n : names)
    if (!n.bound || *n.bound) out.append(Str::from_utf8(n.name));
  return out;
}

}  // namespace ingot::rt
