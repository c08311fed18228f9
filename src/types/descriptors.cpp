// User descriptors: a class attribute whose class defines __get__,
// __set__, __delete__ or __set_name__ (CPython's descriptor protocol).
//
// `obj.x` through a descriptor calls `__get__(obj, type(obj))`, `C.x`
// calls `__get__(None, C)`; a data descriptor (its class defines __set__
// or __delete__) answers before the instance's own attribute, a non-data
// one after it. `obj.x = v` through a data descriptor calls
// `__set__(obj, v)` and makes no field; `del obj.x` its __delete__. As
// the class is made, `__set_name__(C, 'x')` runs on each descriptor of
// its namespace.
#include "types/inference.h"

namespace ingot::types {

// The class of `member` when it is an instance whose class has `hook`.
ClassId Inference::descriptor_class(TypeId member, const std::string& hook) {
  if (table().kind(member) != Kind::Instance) return kNoClass;
  ClassId cls = table().get(member).a;
  return find_class_attribute(cls, hook) ? cls : kNoClass;
}

bool Inference::is_data_descriptor(TypeId value) {
  for (TypeId m : members_of(value))
    if (descriptor_class(m, "__set__") != kNoClass || descriptor_class(m, "__delete__") != kNoClass) return true;
  return false;
}

// What `__get__` gives for a descriptor read through `self`: an instance
// (obj, and its class, known exactly only for an exact C), or a class
// (obj None). Nullopt when `descriptor` has no __get__.
std::optional<TypeId> Inference::descriptor_get(TypeId descriptor, TypeId self) {
  if (descriptor_class(descriptor, "__get__") == kNoClass) return std::nullopt;
  const Type s = table().get(self);
  bool on_class = s.kind == Kind::Class;
  TypeId objtype = on_class ? self : s.kind == Kind::Instance && !s.b ? table().class_object(s.a) : kDyn;
  std::vector<Argument> args{Argument{on_class ? kNone : self}, Argument{objtype}};
  return call_dunder(descriptor, "__get__", args).value_or(kBottom);
}

// obj.name = value where name is a data descriptor of obj's class: its
// __set__ runs (a descriptor with only __delete__ raises AttributeError).
// False when name is no data descriptor.
bool Inference::store_descriptor(TypeId instance, const std::string& name, TypeId value) {
  Slot* attribute = find_class_attribute(table().get(instance).a, name);
  if (!attribute || !is_data_descriptor(attribute->type)) return false;
  for (TypeId m : members_of(attribute->type))
    if (descriptor_class(m, "__set__") != kNoClass)
      call_dunder(m, "__set__", std::vector<Argument>{Argument{instance}, Argument{value}});
  return true;
}

void Inference::delete_descriptor(TypeId instance, const std::string& name) {
  Slot* attribute = find_class_attribute(table().get(instance).a, name);
  if (!attribute) return;
  for (TypeId m : members_of(attribute->type))
    if (descriptor_class(m, "__delete__") != kNoClass) call_dunder(m, "__delete__", std::vector<Argument>{Argument{instance}});
}

// The getattr and setattr slots of `cls` (codegen/dunders.cpp) read and
// store a descriptor `name` of an exact instance for dyn.name, getattr()
// and setattr() with run-time names: its __get__ and __set__ run on it,
// with any value.
void Inference::dynamic_descriptor_access(ClassId cls, const std::string& name) {
  Slot* attribute = find_class_attribute(cls, name);
  if (!attribute) return;
  TypeId instance = table().instance_of(cls);
  for (TypeId m : members_of(attribute->type))
    if (auto got = descriptor_get(m, instance)) escape(*got);
  store_descriptor(instance, name, kDyn);
}

// type.__new__ calls __set_name__(cls, name) on each attribute of the new
// class's namespace that has one, before __init_subclass__.
void Inference::set_names(ClassId cls) {
  // A body not run yet has no attributes to list: this runs again once it
  // has (inference.cpp wakes the readers of the body's result then).
  if (!out_.classes[cls].body_evaluated) read(out_.specs[out_.classes[cls].body]->result);
  std::vector<TypeId> descriptors;  // collected first: the calls may add class attributes
  for (auto& [name, slot] : out_.classes[cls].class_attributes)
    for (TypeId m : members_of(read(slot)))
      if (descriptor_class(m, "__set_name__") != kNoClass) descriptors.push_back(m);
  for (TypeId m : descriptors)
    call_dunder(m, "__set_name__", std::vector<Argument>{Argument{table().class_object(cls)}, Argument{kStr}});
}

}  // namespace ingot::types
