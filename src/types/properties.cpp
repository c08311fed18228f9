// Property setters and deleters, and what `del` runs.
//
// `@x.setter def x(self, v)` leaves the name x bound to the getter's
// property (MethodKind::PropertyAccessor); the setter and deleter are
// recorded beside it, by name, in the class that defines them. A store
// `obj.x = v` through a property calls its setter (and makes no field);
// `del obj.x` its deleter, `del obj[k]` the object's __delitem__.
#include "types/inference.h"

namespace ingot::types {

void Inference::define_accessor(const FunctionInfo& function, std::span<ast::Expr* const> decorators, TypeId value) {
  if (function.owner == kNoClass || decorators.empty()) return;
  auto* accessor = ast::as<ast::Attribute>(decorators.back());
  if (!accessor) return;
  ClassInfo& cls = out_.classes[function.owner];
  std::string name = function.qualname.substr(function.qualname.rfind('.') + 1);
  if (accessor->attr == "setter") write(cls.property_setters[name], value);
  if (accessor->attr == "deleter") write(cls.property_deleters[name], value);
}

// obj.name = value where name is a property of obj's class: its setter
// runs (none: AttributeError at run time). False when name is no property.
bool Inference::store_property(TypeId instance, const std::string& name, TypeId value) {
  ClassId owner;
  Slot* attribute = find_class_attribute(table().get(instance).a, name, &owner);
  if (!attribute || table().kind(attribute->type) != Kind::Function ||
      out_.functions[table().get(attribute->type).a].method_kind != MethodKind::Property)
    return false;
  Slot& setter = out_.classes[owner].property_setters[name];
  if (read(setter) != kBottom) {
    Argument argument{value};
    call(bind(setter.type, instance, owner), {&argument, 1});
  }
  return true;
}

void Inference::delete_target(const ast::Expr* target) {
  if (auto* s = ast::as<ast::Subscript>(target)) {
    TypeId container = eval(s->value);
    TypeId key = eval(s->slice);
    for (TypeId m : members_of(container))
      if (table().kind(m) == Kind::Instance) call_dunder(m, "__delitem__", std::vector<Argument>{Argument{key}});
    return;
  }
  auto* a = ast::as<ast::Attribute>(target);
  if (!a) return;
  std::string name(a->attr);
  for (TypeId m : members_of(eval(a->value))) {
    if (table().kind(m) != Kind::Instance) continue;
    ClassId owner;
    Slot* attribute = find_class_attribute(table().get(m).a, name, &owner);
    if (!attribute || table().kind(attribute->type) != Kind::Function) continue;
    Slot& deleter = out_.classes[owner].property_deleters[name];
    if (read(deleter) != kBottom) call(bind(deleter.type, m, owner), {});
  }
}

}  // namespace ingot::types
