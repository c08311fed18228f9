// What dict(m), d.update(m) and {**m} take from a mapping m.
#include "types/inference.h"

namespace ingot::types {

std::optional<std::pair<TypeId, TypeId>> Inference::mapping_items(TypeId member) {
  const Type type = table().get(member);
  if (type.kind == Kind::Dict) return std::pair{type.args[0], type.args[1]};
  if (type.kind != Kind::Instance || !find_class_attribute(type.a, "keys")) return std::nullopt;
  // An instance with keys() is read through CPython's mapping protocol at
  // run time (rt::mapping_items): its keys() and __getitem__ are called on
  // Values, so its methods need their dyn specialisations.
  dynamic_attribute_read(member);
  return std::pair{kDyn, kDyn};
}

}  // namespace ingot::types
