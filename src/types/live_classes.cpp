// Which classes a dyn value can be an instance of, and the dyn
// specialisations that operations on dyn values need from them.
//
// A method runs through a dyn receiver only on an instance, so only the
// methods of classes whose instances can exist get dyn specialisations: a
// class is live once it is called (directly, through a class value, `cls()`
// in a classmethod), once its class object escapes where the analysis
// cannot see it called, or when the runtime makes its instances (exception
// classes, raised as `raise E`; classes with bases the analysis cannot
// see). Its bases are live with it: their methods run on its instances.
// collections.abc's mixins, whose abstract methods a dyn specialisation
// could not compile, stay out until the program makes such an instance.
#include <algorithm>

#include "types/inference.h"

namespace ingot::types {

void Inference::mark_class_live(ClassId cls) {
  const ClassInfo& info = out_.classes[cls];
  if (info.live) return;
  out_.classes[cls].live = true;
  for (ClassId base : info.mro) out_.classes[base].live = true;
  // The dispatches made over the live classes so far run again, and so do
  // the lookups on a C+ of its bases (overrides()).
  notify_readers(live_classes_grew_);
  for (ClassId base : info.mro) notify_readers(out_.classes[base].subclasses);
}

// dyn.name(...): the object may be an instance of any live class, so every
// method of that name may run with arguments of any type: each gets its
// dyn specialisation, which code generation dispatches to at run time.
void Inference::dynamic_method_call(const std::string& name) {
  read(live_classes_grew_);
  for (size_t i = 0; i < out_.classes.size(); ++i) {  // a dyn specialisation may define classes
    ClassInfo& cls = out_.classes[i];
    if (!cls.live) continue;
    auto it = cls.class_attributes.find(name);
    if (it == cls.class_attributes.end()) {
      // Its body has not run yet: the def may still come.
      if (!cls.body_evaluated) read(cls.class_attributes[name]);
      continue;
    }
    for (TypeId m : members_of(read(it->second))) {
      const Type& t = table().get(m);
      if (t.kind == Kind::Function && out_.functions[t.a].method_kind == MethodKind::Plain) request_dyn_spec(t.a, t.b);
    }
  }
}

// getattr(object, name) with a name known at run time: any method of the
// live classes the object may be an instance of, or any function of a
// module, may be bound and called.
void Inference::constant_getattr(TypeId object, const std::string& name) {
  for (TypeId m : members_of(object))
    if (table().kind(m) == Kind::Instance) escape(load_member(m, name));
}

void Inference::dynamic_attribute_read(TypeId object) {
  std::vector<TypeId> members = members_of(object);
  // getattr(hashlib, name)(): any function of a program module may be
  // taken as a value and called on boxed arguments. Each of its names is
  // read (the module body may not have bound it yet).
  for (TypeId m : members) {
    std::optional<sema::ModuleId> module = program_module(m);
    if (!module) continue;
    const sema::SymbolTable& symbols = *program_.modules[*module].symbols;
    for (const sema::Symbol* symbol : symbols.symbols_of(symbols.module())) {
      if (!symbol->is_assigned()) continue;
      for (TypeId f : members_of(read(out_.globals[*module][symbol->name]))) {
        const Type& t = table().get(f);
        if (t.kind == Kind::Function && out_.functions[t.a].method_kind == MethodKind::Plain) request_dyn_spec(t.a, t.b);
      }
    }
  }
  read(live_classes_grew_);
  auto reached = [&](const ClassInfo& cls) {
    if (!cls.live) return false;
    for (TypeId m : members) {
      const Type& t = table().get(m);
      if (m == kDyn) return true;
      if (t.kind != Kind::Instance || out_.classes[t.a].mro.empty()) continue;
      const auto& mro = out_.classes[t.a].mro;
      if (std::find(mro.begin(), mro.end(), cls.id) != mro.end() || (t.b && is_subclass(cls.id, t.a))) return true;
    }
    return false;
  };
  std::vector<std::pair<ClassId, std::string>> names;
  for (const ClassInfo& cls : out_.classes)
    if (reached(cls))
      for (const auto& [name, slot] : cls.class_attributes) names.emplace_back(cls.id, name);
  for (const auto& [cls, name] : names) {
    dynamic_method_call(name);
    dynamic_descriptor_access(cls, name);  // descriptors.cpp
  }
}

// An operation on a value that may be dyn (iterating it, len(), `in`,
// truth, a subscript, printing it) runs the dunders of whatever instance
// is behind the dyn, through its class's slots (codegen/dunders.cpp).
void Inference::dynamic_protocol(TypeId value, std::initializer_list<std::string_view> dunders) {
  if (value != kDyn) return;
  for (std::string_view dunder : dunders) dynamic_method_call(std::string(dunder));
}

// A union of an instance and other kinds (`rows[2]` of a list holding
// lists and a Grid) is a Value at run time: an operation on it reaches
// the instance's dunder through its class's slot, with boxed operands,
// which only the dunder's dyn specialisation takes.
void Inference::boxed_instance_protocol(TypeId value, std::string_view dunder) {
  std::vector<TypeId> members = members_of(value);
  if (members.size() < 2) return;
  for (TypeId m : members)
    if (table().kind(m) == Kind::Instance) return dynamic_method_call(std::string(dunder));
}

}  // namespace ingot::types
