// What dict(m), d.update(m) and {**m} take from a mapping m.
#include "types/inference.h"

namespace ingot::types {

std::optional<std::pair<TypeId, TypeId>> Inference::mapping_items(TypeId member) {
  // A mapping behind a dyn is read the same way, if it is an instance.
  dynamic_protocol(member, {"keys", "__getitem__"});
  const Type type = table().get(member);
  if (type.kind == Kind::Dict) return std::pair{type.args[0], type.args[1]};
  if (type.kind != Kind::Instance || !find_class_attribute(type.a, "keys")) return std::nullopt;
  // An instance with keys() is read through CPython's mapping protocol at
  // run time (rt::mapping_items): its keys() and __getitem__ are called on
  // Values, so its methods need their dyn specialisations.
  dynamic_attribute_read(member);
  return std::pair{kDyn, kDyn};
}

void Inference::probe_key(const ast::Expr* container_expr, TypeId container, TypeId key) {
  if (!container_expr || key == kBottom) return;
  // An instance of a class that derives from a builtin (driver/builtin_bases.h).
  auto on_builtin_base = [&](TypeId type) {
    for (TypeId m : members_of(type))
      if (table().kind(m) == Kind::Instance && find_class_attribute(table().get(m).a, "_ingot_builtin_")) return true;
    return false;
  };
  for (TypeId m : members_of(container)) {
    const Type type = table().get(m);
    if (type.kind != Kind::Dict && type.kind != Kind::Set) continue;
    TypeId held = type.args[0];
    if (held == key || held == kBottom || held == kDyn || (!on_builtin_base(held) && !on_builtin_base(key))) continue;
    refine(container_expr, type.kind == Kind::Dict ? table().dict_of(key, kBottom) : table().set_of(key));
  }
}

}  // namespace ingot::types
