// Metaclasses (docs/metaclasses.md): a class whose metaclass is one of the
// program's classes deriving from type stays a class the analysis types
// statically; its class object is an instance of the metaclass, so reads
// the class itself lacks find the metaclass's attributes bound to the class
// object, and the metaclass's __init__ runs on it once its body has run.
#include <algorithm>

#include "types/inference.h"
#include "types/metaclass_new.h"

namespace ingot::types {

bool Inference::is_metaclass(ClassId cls) const { return out_.classes[cls].builtin_base == "type"; }

// CPython's choice: the most derived of the explicit metaclass and the
// bases' metaclasses (type, kNoClass here, is below all of them). Where
// none is most derived (a metaclass conflict: CPython's TypeError, raised
// by code generation) the first one found stays.
void Inference::resolve_metaclass(ClassInfo& cls, const ast::ClassDef* node) {
  for (const ast::Keyword* k : node->keywords) {
    if (!k->arg.data() || k->arg != "metaclass") continue;
    const Type& t = table().get(eval(k->value));
    if (t.kind == Kind::Class && is_metaclass(t.a)) cls.metaclass = t.a;
    else cls.unknown_base = true;  // a function or a class the analysis cannot see can do anything
  }
  for (ClassId base : cls.bases) {
    ClassId m = out_.classes[base].metaclass;
    if (m != kNoClass && (cls.metaclass == kNoClass || is_subclass(m, cls.metaclass))) cls.metaclass = m;
  }
}

// `C.name` that C's MRO lacks: the metaclass's attribute, bound to C.
std::optional<TypeId> Inference::metaclass_attribute(TypeId object, ClassId cls, const std::string& name) {
  ClassId meta = out_.classes[cls].metaclass;
  if (meta == kNoClass) return std::nullopt;
  if (name == "__class__") return table().class_object(meta);
  ClassId owner;
  Slot* attr = find_class_attribute(meta, name, &owner);
  if (!attr) return std::nullopt;
  return bind(read(*attr), object, owner);
}

// super().name in a method of metaclass `after` bound to class object
// `self`: the next metaclass along the class's metaclass's MRO, else
// type's own (dyn: code generation writes type.__init__).
std::optional<TypeId> Inference::metaclass_super(ClassId after, TypeId self, const std::string& name) {
  const Type& s = table().get(self);
  if (!is_metaclass(after) || s.kind != Kind::Class || out_.classes[s.a].metaclass == kNoClass) return std::nullopt;
  const std::vector<ClassId>& mro = out_.classes[out_.classes[s.a].metaclass].mro;
  auto it = std::find(mro.begin(), mro.end(), after);
  for (it = it == mro.end() ? it : it + 1; it != mro.end(); ++it) {
    Slot& slot = out_.classes[*it].class_attributes[name];
    if (read(slot) != kBottom) return bind(slot.type, self, *it);
  }
  return kDyn;
}

// C(...) where C's metaclass defines __call__: Meta.__call__(C, ...) makes
// what the call gives (nullopt: type's call, instantiate()).
std::optional<TypeId> Inference::metaclass_call(ClassId cls, std::span<const Argument> args) {
  ClassId meta = out_.classes[cls].metaclass, owner;
  if (meta == kNoClass) return std::nullopt;
  Slot* called = find_class_attribute(meta, "__call__", &owner);
  if (!called) return std::nullopt;
  return call(bind(read(*called), table().class_object(cls), owner), args);
}

// super().__call__(...) in a metaclass method where no metaclass after it
// defines __call__: type's call, which constructs the class as C() does
// without a metaclass (__new__, then __init__).
std::optional<TypeId> Inference::type_call(TypeId receiver, std::string_view name, std::span<const Argument> args) {
  const Type& r = table().get(receiver);
  if (name != "__call__" || r.kind != Kind::Super || !is_metaclass(r.a) || load_member(receiver, "__call__") != kDyn)
    return std::nullopt;
  TypeId result = kBottom;
  for (TypeId m : members_of(r.args[0]))
    result = table().join(result, table().kind(m) == Kind::Class ? instantiate(table().get(m).a, args) : kDyn);
  return result;
}

// type.__new__(mcls, name, bases, ns) in a metaclass's __new__ (super()
// past the metaclasses defining one, or type's own): mcls stands for the
// class being made (run_metaclass), which it gives back; the names the
// __new__ defs along its metaclass's MRO store into the namespace become
// its own class attributes, of whatever the namespace then holds
// (metaclass_new.h).
std::optional<TypeId> Inference::type_new(TypeId receiver, std::string_view name, std::span<const Argument> args) {
  const Type& r = table().get(receiver);
  bool type = r.kind == Kind::Builtin && builtin_name(r.a) == "type";
  if (name != "__new__" || args.size() != 4 || !(type || (r.kind == Kind::Super && is_metaclass(r.a)))) return std::nullopt;
  if (!type && load_member(receiver, "__new__") != kDyn) return std::nullopt;  // a later metaclass's own
  FunctionId function = current().function;
  const FunctionInfo* f = function == kNoFunction ? nullptr : &out_.functions[function];
  auto* def = f ? ast::as<ast::FunctionDef>(f->node) : nullptr;
  if (!def || f->owner == kNoClass || !is_metaclass(f->owner) || def->name != "__new__") return std::nullopt;
  TypeId result = kBottom;
  for (TypeId m : members_of(args[0].type)) {
    if (table().kind(m) != Kind::Class || out_.classes[table().get(m).a].metaclass == kNoClass) return kDyn;  // code generation refuses it
    ClassId made = table().get(m).a;
    for (const std::string& key : namespace_keys(out_, out_.classes[made].metaclass)) {
      ClassId owner;
      Slot* inherited = find_class_attribute(made, key, &owner);
      Slot& own = out_.classes[made].class_attributes[key];
      if (inherited && owner != made) write(own, read(*inherited));  // read through the base until it is set
      write(own, kDyn);
    }
    result = table().join(result, m);
  }
  return result;
}

// The dunders of a metaclass that operations on its classes run (len(C),
// iter(C), C[k], repr(C), truth): the metaclass's type slots call
// them with the class object and boxed operands (codegen/metaclasses.cpp),
// so each runs on dyn arguments and gives a Value.
static const std::vector<std::string>& metaclass_slot_dunders() {
  static const std::vector<std::string> names{"__repr__", "__str__", "__len__", "__bool__", "__iter__", "__getitem__"};
  return names;
}

std::optional<TypeId> Inference::metaclass_dunder(TypeId object, std::string_view name, std::span<const Argument> args) {
  const Type& t = table().get(object);
  if (t.kind != Kind::Class || out_.classes[t.a].metaclass == kNoClass) return std::nullopt;
  const auto& names = metaclass_slot_dunders();
  if (std::find(names.begin(), names.end(), name) == names.end()) return std::nullopt;
  ClassId owner;
  Slot* dunder = find_class_attribute(out_.classes[t.a].metaclass, std::string(name), &owner);
  if (!dunder) return std::nullopt;
  for (const Argument& a : args) escape(a.type);
  std::vector<Argument> boxed(args.size(), Argument{kDyn});
  escape(call(bind(read(*dunder), object, owner), boxed));
  return kDyn;
}

// Meta.__new__(mcls, name, bases, namespace, **keywords) and
// Meta.__init__(cls, ...) after the body: the namespace is a snapshot of
// the class attributes as boxed values.
void Inference::run_metaclass(const ClassInfo& cls, const ast::ClassDef* node) {
  if (cls.metaclass == kNoClass) return;
  TypeId object = table().class_object(cls.id);
  std::vector<TypeId> bases;
  for (ClassId base : cls.bases) bases.push_back(table().class_object(base));
  std::vector<Argument> args{Argument{kStr}, Argument{table().tuple_of(bases)}, Argument{table().dict_of(kStr, kDyn)}};
  for (const ast::Keyword* k : node->keywords)
    if (k->arg != "metaclass") args.push_back(Argument{eval(k->value), k->value, k->arg});
  ClassId owner;
  // Meta.__new__(mcls, ...) makes the class first: its mcls is typed as the
  // class it makes, which stands for that class's metaclass (what CPython
  // passes), so that each class has its own specialisation.
  if (Slot* made = find_class_attribute(cls.metaclass, "__new__", &owner)) {
    std::vector<Argument> with_class{Argument{object}};
    with_class.insert(with_class.end(), args.begin(), args.end());
    call(read(*made), with_class);
  }
  if (Slot* init = find_class_attribute(cls.metaclass, "__init__", &owner)) call(bind(read(*init), object, owner), args);
  // The metaclass's slots may run its dunders on any of its classes.
  for (const std::string& dunder : metaclass_slot_dunders())
    metaclass_dunder(object, dunder, std::vector<Argument>(dunder == "__getitem__", Argument{kDyn}));
}

}  // namespace ingot::types
