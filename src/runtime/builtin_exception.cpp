// builtin_exception() has a file of its own: it names every exception
// class, the group classes too, and a reference to those links
// exception_group.cpp into the program (exception_group.h says why that is
// kept out of programs that do not use groups).
#include "runtime/exception.h"

namespace ingot::rt {

const TypeObject* builtin_exception(std::string_view name) {
#define EXCEPTION(type, ...) \
  if (name == #type) return &exc::type;
#include "runtime/exception_types.def"
#undef EXCEPTION
  return nullptr;
}

}  // namespace ingot::rt
