// copy.py's native core, `_ingot_copy` (codegen/copy_core.cpp writes it).
//
// copy.copy and copy.deepcopy make an instance of x's class without running
// __init__ and set each of x's attributes on it, as the copier (copy.py's
// identity, or deepcopy itself) returns it. Written in Python that would be
// `setattr(y, name, copier(value))` over `vars(x)`: a store with a name known
// only at run time, which widens every attribute of every class it may reach
// to dyn. Here the store is per attribute instead: the copier is called on
// the attribute's own type, and the copy is taken to be of the attribute's
// type (a copy of a value is one of its class), so a copier whose result the
// analysis cannot pin down (deepcopy's memo hands back dyn) leaves the field
// as it was, and the store is a checked unbox.
#include <algorithm>

#include "types/inference.h"

namespace ingot::types {

namespace {

// Classes whose instances are copied field by field: not exceptions or
// builtin subclasses (their payload lives outside the fields).
bool copyable(const ClassInfo& cls) { return cls.builtin_base.empty() && !cls.unknown_base; }

}  // namespace

TypeId Inference::blank_instance(TypeId object) {
  TypeId out = kBottom;
  for (TypeId m : members_of(object)) {
    const Type type = table().get(m);
    if (type.kind == Kind::Dyn) return kDyn;
    if (type.kind == Kind::Instance && copyable(out_.classes[type.a])) out = table().join(out, m);
  }
  return out;
}

void Inference::copy_fields(TypeId object, TypeId copier, TypeId arg) {
  // The classes `object` may be an instance of (every copyable class for dyn).
  std::vector<ClassId> classes;
  auto add = [&](ClassId k) {
    if (copyable(out_.classes[k]) && std::find(classes.begin(), classes.end(), k) == classes.end()) classes.push_back(k);
  };
  for (TypeId m : members_of(object)) {
    const Type type = table().get(m);
    if (type.kind == Kind::Instance && type.b) read(out_.classes[type.a].subclasses);  // told of new ones
    for (const ClassInfo& cls : out_.classes)
      if (type.kind == Kind::Dyn || (type.kind == Kind::Instance && (cls.id == type.a || (type.b && is_subclass(cls.id, type.a)))))
        add(cls.id);
  }
  for (ClassId k : classes) {
    for (ClassId base : out_.classes[k].mro) {
      // Names first: a call may add attributes to the map.
      std::vector<std::string> names;
      for (const auto& [name, slot] : out_.classes[base].instance_attributes) names.push_back(name);
      for (const std::string& name : names) {
        Slot& slot = *find_instance_attribute(k, name);
        TypeId field = read(slot);
        if (field == kBottom) continue;
        TypeId copied = call(copier, std::vector<Argument>{Argument{field}, Argument{arg}});
        if (copied != kDyn) write(*find_instance_attribute(k, name), copied);
      }
    }
    if (instance_dict_read(k) != kBottom) call(copier, std::vector<Argument>{Argument{kDyn}, Argument{arg}});
  }
}

}  // namespace ingot::types
