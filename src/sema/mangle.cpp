#include "sema/mangle.h"

namespace ingot::sema {

std::string mangle(std::string_view class_name, std::string_view name) {
  if (class_name.empty() || !name.starts_with("__")) return std::string(name);
  if (name.ends_with("__") || name.find('.') != std::string_view::npos) return std::string(name);
  size_t stripped = class_name.find_first_not_of('_');
  if (stripped == std::string_view::npos) return std::string(name);
  std::string out = "_";
  out += class_name.substr(stripped);
  out += name;
  return out;
}

}  // namespace ingot::sema
