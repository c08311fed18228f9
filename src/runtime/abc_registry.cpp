// Virtual subclasses (abc_registry.h).
#include "runtime/abc_registry.h"

#include <string_view>
#include <utility>
#include <vector>

#include "runtime/dynamic_boxed.h"
#include "runtime/exception.h"
#include "runtime/instance.h"
#include "runtime/protocol.h"

namespace ingot::rt {

bool abc_in_use = false;

namespace {

// (abc, registered class) in the order of the register() calls. A handful
// of entries: a list beats a map.
std::vector<std::pair<const TypeObject*, const TypeObject*>>& registrations() {
  static std::vector<std::pair<const TypeObject*, const TypeObject*>> pairs;
  return pairs;
}

template <typename Slot>
bool has_slot(const TypeObject& type, Slot TypeObject::*slot) {
  for (const TypeObject* t : type.mro)
    if (t->*slot) return true;
  return false;
}

// The first hash slot along the MRO decides; none is object's.
bool hashable(const TypeObject& type) {
  for (const TypeObject* t : type.mro)
    if (t->hash) return t->hash != unhashable;
  return true;
}

// collections.abc's one-trick __subclasshook__s, which say yes or defer.
bool hooked(const TypeObject& type, const TypeObject& abc) {
  if (abc.module != "collections.abc") return false;
  std::string_view name = abc.name;
  if (name == "Iterable") return has_slot(type, &TypeObject::iter);
  if (name == "Iterator") return has_slot(type, &TypeObject::iter) && has_slot(type, &TypeObject::next);
  if (name == "Sized") return has_slot(type, &TypeObject::len);
  if (name == "Callable") return has_slot(type, &TypeObject::call);
  if (name == "Hashable") return hashable(type);
  return false;
}

}  // namespace

void abc_register(Value abc, Value subclass) {
  if (!is_a(subclass, type_type)) raise(exc::TypeError, "Can only register classes");
  abc_in_use = true;
  registrations().emplace_back(&class_of(abc), &class_of(subclass));
}

bool virtual_subclass(const TypeObject& type, const TypeObject& abc) {
  for (auto [registered_abc, registered] : registrations())
    if (registered_abc->is_subclass_of(abc) && type.is_subclass_of(*registered)) return true;
  // CPython also asks the hooks of abc's subclasses; of the five, only
  // Iterator's is below another's (Iterable), and it asks for more.
  return hooked(type, abc);
}

}  // namespace ingot::rt
