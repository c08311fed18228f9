// Property setters and deleters, what `del` runs, and the attributes
// every class object has (`__mro__`, `__bases__`).
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

// dyn.name: the object behind the dyn may be an instance of any live class with
// a property `name`, whose getattr slot (codegen/dunders.cpp) runs the
// getter on it; what the getter returns goes where the analysis cannot see.
void Inference::dynamic_property_read(const std::string& name) {
  read(live_classes_grew_);
  for (size_t i = 0; i < out_.classes.size(); ++i) {  // a getter's body may define classes
    if (out_.classes[i].mro.empty() || !out_.classes[i].live) continue;
    dynamic_descriptor_access(out_.classes[i].id, name);  // descriptors.cpp
    ClassId cls = out_.classes[i].id, owner;
    Slot* attribute = find_class_attribute(cls, name, &owner);
    if (!attribute || table().kind(attribute->type) != Kind::Function ||
        out_.functions[table().get(attribute->type).a].method_kind != MethodKind::Property)
      continue;
    escape(bind(attribute->type, table().instance_of(cls), owner));
  }
}

// dyn.name = value: the setter of a live class's property `name` may run
// on it (its setattr slot, codegen/dunders.cpp), with any value.
void Inference::dynamic_property_store(const std::string& name) {
  read(live_classes_grew_);
  for (size_t i = 0; i < out_.classes.size(); ++i)  // a setter's body may define classes
    if (!out_.classes[i].mro.empty() && out_.classes[i].live) {
      dynamic_descriptor_access(out_.classes[i].id, name);  // descriptors.cpp
      store_property(table().instance_of(out_.classes[i].id), name, kDyn);
    }
}

bool Inference::refine_class_attribute(TypeId instance, const std::string& name, TypeId value) {
  if (table().kind(instance) == Kind::Class) {  // C.registry[k] = v, the registry C's metaclass's (metaclasses.cpp)
    ClassId cls = table().get(instance).a, meta = out_.classes[cls].metaclass;
    Slot* attribute = meta == kNoClass || find_class_attribute(cls, name) ? nullptr : find_class_attribute(meta, name);
    if (!attribute || table().kind(attribute->type) == Kind::Function) return false;
    write(*attribute, value);
    return true;
  }
  if (table().kind(instance) != Kind::Instance) return false;
  ClassId cls = table().get(instance).a;
  for (ClassId k : out_.classes[cls].mro) {
    auto& fields = out_.classes[k].instance_attributes;
    if (auto it = fields.find(name); it != fields.end() && it->second.type != kBottom) return false;
  }
  ClassId owner;
  Slot* attribute = find_class_attribute(cls, name, &owner);
  if (!attribute || table().kind(attribute->type) == Kind::Function) return false;
  // What a descriptor's __get__ gave may come from anywhere.
  if (descriptor_class(attribute->type, "__get__") != kNoClass) {
    escape(value);
    return true;
  }
  write(*attribute, value);
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
    // A class's own __delattr__ takes the deletion (and may go on to object's).
    if (call_dunder(m, "__delattr__", std::vector<Argument>{Argument{kStr}})) continue;
    delete_descriptor(m, name);  // descriptors.cpp
    ClassId owner;
    Slot* attribute = find_class_attribute(table().get(m).a, name, &owner);
    if (!attribute || table().kind(attribute->type) != Kind::Function) continue;
    Slot& deleter = out_.classes[owner].property_deleters[name];
    if (read(deleter) != kBottom) call(bind(deleter.type, m, owner), {});
  }
}

// The MRO goes past the program's classes (object, exception classes): its
// entries are boxed class objects; the bases are the classes themselves.
std::optional<TypeId> Inference::class_introspection(ClassId cls, const std::string& name) {
  const ClassInfo& info = out_.classes[cls];
  if (name == "__mro__") return table().tuple_var(kDyn);
  if (name == "mro") return kDyn;  // a call gives list[dyn] (codegen writes it)
  // A class defining __eq__ without __hash__ has __hash__ = None.
  if (name == "__hash__" && find_class_attribute(cls, "__eq__")) return kNone;
  if (!info.builtin_base.empty() || info.unknown_base) return std::nullopt;
  if (name == "__dict__") {  // vars(C): the class attributes, boxed
    escape(table().class_object(cls));
    return kDyn;
  }
  std::vector<TypeId> bases;
  for (ClassId base : info.bases) bases.push_back(table().class_object(base));
  if (bases.empty()) bases.push_back(table().builtin(*find_builtin("object")));
  if (name == "__bases__") return table().tuple_of(bases);
  if (name == "__base__") return bases[0];
  return std::nullopt;
}

}  // namespace ingot::types
