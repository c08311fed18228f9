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
//
// Of the live classes, only those whose instances may be held as dyn
// values (boxed) can be behind a dyn receiver: an instance that escapes
// (a dyn container, a dyn callee's argument, a slot joined into dyn, what
// a dyn specialisation returns, calls.cpp's escape), one of a class object
// that escaped (made by its construct entry), or of a class the runtime
// makes (exceptions, unknown bases). `obj.name(...)` on a dyn gives the
// dyn specialisation of `name` only to theirs: giving it to every live
// class made programs that never box an instance compile every method
// twice. An operation the runtime runs on a typed instance boxed for it
// (print(file=obj), with, a union's dunder) names that receiver.
#include <algorithm>

#include "types/inference.h"

namespace ingot::types {

void Inference::mark_class_live(ClassId cls) {
  const ClassInfo& info = out_.classes[cls];
  if (info.live) return;
  out_.classes[cls].live = true;
  for (ClassId base : info.mro) out_.classes[base].live = true;
  for (ClassId base : info.mro)
    if (out_.classes[base].boxed_subclasses) mark_class_boxed(cls, false);
  // The dispatches made over the live classes so far run again, and so do
  // the lookups on a C+ of its bases (overrides()).
  notify_readers(live_classes_grew_);
  for (ClassId base : info.mro) notify_readers(out_.classes[base].subclasses);
}

// Its bases are boxed with it: their methods run on its instances. A boxed
// C+ boxes the live subclasses, and those that become live later
// (mark_class_live).
void Inference::mark_class_boxed(ClassId cls, bool subclasses) {
  if (subclasses && !out_.classes[cls].boxed_subclasses) {
    out_.classes[cls].boxed_subclasses = true;
    for (size_t i = 0; i < out_.classes.size(); ++i)
      if (i != cls && out_.classes[i].live && !out_.classes[i].mro.empty() && is_subclass(ClassId(i), cls))
        mark_class_boxed(ClassId(i), false);
  }
  if (out_.classes[cls].boxed) return;
  out_.classes[cls].boxed = true;
  for (ClassId base : out_.classes[cls].mro) out_.classes[base].boxed = true;
  notify_readers(live_classes_grew_);
}

// The method `name` of class `cls` may run on a boxed instance, with
// arguments of any type: it gets its dyn specialisation, which code
// generation dispatches to at run time.
void Inference::dyn_method_of(ClassId cls, const std::string& name) {
  ClassInfo& info = out_.classes[cls];
  auto it = info.class_attributes.find(name);
  if (it == info.class_attributes.end()) {
    // Its body has not run yet: the def may still come.
    if (!info.body_evaluated) read(info.class_attributes[name]);
    return;
  }
  for (TypeId m : members_of(read(it->second))) {
    const Type& t = table().get(m);
    if (t.kind == Kind::Function && out_.functions[t.a].method_kind == MethodKind::Plain) request_dyn_spec(t.a, t.b);
  }
}

// What a boxed instance holds is read through it as dyn values
// (`dyn.child.run()`, `dyn[0]` through a __getitem__ its class's slot runs
// typed): the instances in the boxed classes' fields and class attributes,
// and in what their dunders return, are boxed too. Read each time, so a
// field that grows later boxes what it then holds.
void Inference::box_held_instances() {
  for (size_t i = 0; i < out_.classes.size(); ++i) {
    if (!out_.classes[i].boxed) continue;
    for (auto& [name, slot] : out_.classes[i].instance_attributes) box_instances(read(slot));
    for (auto& [name, slot] : out_.classes[i].class_attributes)
      for (TypeId m : members_of(read(slot))) {
        const Type& t = table().get(m);
        if (t.kind != Kind::Function) box_instances(m);
        else if (name.starts_with("__"))
          for (SpecId spec : out_.functions[t.a].specs) box_instances(read(out_.specs[spec]->result));
      }
  }
}

// The instances a boxed value of type `value` holds, in containers too.
// Functions and classes are escape()'s concern.
void Inference::box_instances(TypeId value) {
  std::vector<TypeId> pending{value};
  std::unordered_set<TypeId> seen;
  while (!pending.empty()) {
    TypeId t = pending.back();
    pending.pop_back();
    if (!seen.insert(t).second) continue;
    for (TypeId m : members_of(t)) {
      const Type& type = table().get(m);
      if (type.kind == Kind::Instance) mark_class_boxed(type.a, type.b);
      else if (type.kind != Kind::Function && type.kind != Kind::Class) pending.insert(pending.end(), type.args.begin(), type.args.end());
    }
  }
}

// receiver.name(...) bound at run time: each method of that name its
// instances may find (along the MRO, and a C+'s overrides) runs on dyn
// arguments; behind a dyn, any boxed class's.
void Inference::dynamic_method_call(const std::string& name, TypeId receiver) {
  read(live_classes_grew_);
  std::vector<TypeId> members = members_of(receiver);
  if (std::find(members.begin(), members.end(), kDyn) != members.end()) box_held_instances();
  std::vector<bool> reached = receivable_classes(members);
  for (size_t i = 0; i < reached.size(); ++i)  // a dyn specialisation may define classes
    if (reached[i]) dyn_method_of(ClassId(i), name);
}

// The live classes whose instances a value of one of `members` may be.
std::vector<bool> Inference::receivable_classes(const std::vector<TypeId>& members) {
  std::vector<bool> reached(out_.classes.size());
  for (TypeId m : members) {
    const Type& t = table().get(m);
    if (m != kDyn && (t.kind != Kind::Instance || out_.classes[t.a].mro.empty())) continue;
    if (t.kind == Kind::Instance && t.b) read(out_.classes[t.a].subclasses);
    for (size_t i = 0; i < out_.classes.size(); ++i) {
      const ClassInfo& cls = out_.classes[i];
      if (!cls.live || reached[i]) continue;
      if (m == kDyn) {
        reached[i] = cls.boxed;
      } else {
        const auto& mro = out_.classes[t.a].mro;
        reached[i] = std::find(mro.begin(), mro.end(), cls.id) != mro.end() ||
                     (t.b && !cls.mro.empty() && is_subclass(cls.id, t.a));
      }
    }
  }
  return reached;
}

// getattr(object, 'name'): the boxed object's attribute `name`, whichever
// of the classes it may be an instance of defines it, bound and called
// where the analysis cannot follow.
void Inference::constant_getattr(TypeId object, const std::string& name) {
  box_instances(object);
  for (TypeId m : members_of(object))  // a field may hold a function
    if (table().kind(m) == Kind::Instance) escape(load_member(m, name));
  std::vector<bool> reached = receivable_classes(members_of(object));
  for (size_t i = 0; i < reached.size(); ++i)
    if (reached[i] && out_.classes[i].class_attributes.count(name)) {
      dyn_method_of(ClassId(i), name);
      dynamic_descriptor_access(ClassId(i), name);
    }
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
      TypeId global = read(out_.globals[*module][symbol->name]);
      box_instances(global);
      for (TypeId f : members_of(global)) {
        const Type& t = table().get(f);
        if (t.kind == Kind::Function && out_.functions[t.a].method_kind == MethodKind::Plain) request_dyn_spec(t.a, t.b);
      }
    }
  }
  read(live_classes_grew_);
  // The object is boxed for the lookup: what it holds may be read through
  // it, and its methods are bound to it.
  box_instances(object);
  if (std::find(members.begin(), members.end(), kDyn) != members.end()) box_held_instances();
  // Each method of a class the object may be an instance of (its bases
  // among them) may be bound and called.
  std::vector<bool> reached = receivable_classes(members);
  // A dyn may also be a class object (`getattr(type(self), name)`): an
  // escaped class's functions may be read through it and called.
  if (std::find(members.begin(), members.end(), kDyn) != members.end())
    for (size_t i = 0; i < reached.size(); ++i) reached[i] = reached[i] || out_.classes[i].escaped;
  std::vector<std::pair<ClassId, std::string>> names;
  for (size_t i = 0; i < reached.size(); ++i)
    if (reached[i])
      for (const auto& [name, slot] : out_.classes[i].class_attributes) names.emplace_back(ClassId(i), name);
  for (const auto& [cls, name] : names) {
    dyn_method_of(cls, name);
    dynamic_descriptor_access(cls, name);  // descriptors.cpp
  }
  dynamic_field_read(nullptr);
}

// A list, dict or set read out of a boxed instance (or an escaped class)
// through a dyn is the field's own object: `dyn.items.append(x)` stores
// into it where the analysis cannot see. Such a field's items widen as an
// escaped container's do (aliasing.cpp), and the code that made the
// container and the code that reads the field see the wider type.
void Inference::dynamic_field_read(const std::string* name) {
  read(live_classes_grew_);
  auto widen = [&](Slot& slot) {
    TypeId held = read(slot);
    if (holds_container(held)) write(slot, escaped_type(held));
  };
  for (ClassInfo& cls : out_.classes) {
    if (!cls.boxed && !cls.escaped) continue;
    for (auto* fields : {&cls.instance_attributes, &cls.class_attributes})
      for (auto& [field, slot] : *fields)
        if (!name || field == *name) widen(slot);
  }
}

// type(x) of an instance of C or a subclass is a dyn: any of the classes
// x may be an instance of is behind it, as an escaped class object.
void Inference::escape_classes_of(TypeId instance) {
  std::vector<bool> reached = receivable_classes({instance});
  for (size_t i = 0; i < reached.size(); ++i)
    if (reached[i]) escape_class(ClassId(i));
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
    if (table().kind(m) == Kind::Instance) return dynamic_method_call(std::string(dunder), value);
}

}  // namespace ingot::types
