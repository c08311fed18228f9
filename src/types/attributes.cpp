// Attributes of instances and classes, method binding, the MRO and super().
//
// Where an instance attribute lives: in the most basic class through which
// the program reads or writes it. `self.x = 1` in Base.__init__ and
// `obj.x` on a Derived both name Base's x, so a class hierarchy has one
// field per name, laid out in the class that introduces it (hoist()).
#include <algorithm>

#include "types/inference.h"

namespace ingot::types {
namespace {

// Whether CPython's int (bool's are int's) or float has the attribute: the
// public names of dir(int) and dir(float), and any dunder.
bool number_has_attribute(bool is_float, std::string_view name) {
  static constexpr std::string_view kInt[] = {"as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator",
                                              "from_bytes", "imag", "numerator", "real", "to_bytes"};
  static constexpr std::string_view kFloat[] = {"as_integer_ratio", "conjugate", "fromhex", "hex", "imag", "is_integer", "real"};
  if (name.size() > 4 && name.starts_with("__") && name.ends_with("__")) return true;
  auto has = [&](const auto& names) { return std::find(std::begin(names), std::end(names), name) != std::end(names); };
  return is_float ? has(kFloat) : has(kInt);
}

}  // namespace

TypeId Inference::load_attribute(TypeId object, const std::string& name) {
  TypeId result = kBottom;
  for (TypeId m : members_of(object))
    if (!number_lacks(object, m, name)) result = table().join(result, load_member(m, name));
  return result;
}

// Whether `member` of `object` is an int, bool or float without attribute
// `name` while another member may have it: it raises AttributeError and
// gives no value, so `msg.link` with msg: int | Packet is a Packet's link,
// not dyn. (On numbers alone the read stays dynamic: it always raises.)
bool Inference::number_lacks(TypeId object, TypeId member, const std::string& name) {
  auto number = [&](TypeId m) {
    Kind k = table().kind(m);
    return k == Kind::Int || k == Kind::Bool || k == Kind::Float;
  };
  if (!number(member) || number_has_attribute(table().kind(member) == Kind::Float, name)) return false;
  return std::ranges::any_of(members_of(object), [&](TypeId m) { return !number(m) && m != kNone; });
}

TypeId Inference::load_member(TypeId object, const std::string& name) {
  const Type type = table().get(object);
  switch (type.kind) {
    case Kind::Bottom:
    case Kind::None:  // AttributeError: the None of an optional gives no value
      return kBottom;
    case Kind::Instance: {
      TypeId result = kBottom;
      for (TypeId candidate : instance_member(object, name)) result = table().join(result, candidate);
      return result;
    }
    case Kind::Class: {
      ClassId owner;
      if (Slot* attr = find_class_attribute(type.a, name, &owner)) {
        // Read from the class, a plain function stays a function; a
        // classmethod binds to the class.
        TypeId result = kBottom;
        for (TypeId m : members_of(attr->type)) {
          const Type& t = table().get(m);
          MethodKind kind = t.kind == Kind::Function ? out_.functions[t.a].method_kind : MethodKind::Plain;
          if (auto got = descriptor_get(m, object)) {  // __get__(None, C): descriptors.cpp
            result = table().join(result, *got);
            continue;
          }
          if (kind == MethodKind::Property) {
            // A property object (runtime/property.h): its accessors may be
            // called with anything through fget/fset/fdel.
            escape(m);
            escape(read(out_.classes[owner].property_setters[name]));
            escape(read(out_.classes[owner].property_deleters[name]));
            result = table().join(result, kDyn);
            continue;
          }
          result = table().join(result, kind == MethodKind::ClassMethod ? table().bound_method(t.a, t.b, object) : m);
        }
        return result;
      }
      if (name == "__name__" || name == "__qualname__" || name == "__module__") return kStr;
      if (name == "__doc__" && out_.classes[type.a].node) return sema::docstring(out_.classes[type.a].node->body) ? kStr : kNone;
      if (auto special = class_introspection(type.a, name)) return *special;  // properties.cpp
      if (auto meta = metaclass_attribute(object, type.a, name)) return *meta;  // metaclasses.cpp
      return out_.classes[type.a].unknown_base ? kDyn : kBottom;
    }
    case Kind::Super: {
      TypeId self = type.args[0];
      TypeId result = kBottom;
      for (TypeId m : members_of(self)) {
        if (auto meta = metaclass_super(type.a, m, name)) {  // metaclasses.cpp
          result = table().join(result, *meta);
          continue;
        }
        const Type& s = table().get(m);
        ClassId cls = s.kind == Kind::Instance || s.kind == Kind::Class ? s.a : kNoClass;
        bool plus = s.kind == Kind::Instance && s.b;  // (s may move as types are made)
        if (cls == kNoClass) {
          result = table().join(result, kDyn);
          continue;
        }
        // The class after type.a along k's MRO that defines the name.
        auto next = [&](ClassId k) -> std::pair<Slot*, ClassId> {
          const std::vector<ClassId>& mro = out_.classes[k].mro;
          auto after = std::find(mro.begin(), mro.end(), type.a);
          for (auto it = after == mro.end() ? mro.end() : after + 1; it != mro.end(); ++it) {
            Slot& slot = out_.classes[*it].class_attributes[name];
            if (read(slot) != kBottom) return {&slot, *it};
          }
          return {nullptr, kNoClass};
        };
        auto [slot, owner] = next(cls);
        // Past the user classes: a builtin base's method.
        TypeId found = slot ? bind(slot->type, m, owner) : kBottom;
        if (found == kBottom && class_complete(cls)) {
          found = kDyn;
          if (name == "__str__") stringify(m, /*repr=*/true);  // object.__str__ runs type(self).__repr__
        }
        result = table().join(result, found);
        // Of a C+, a subclass deriving from C through a second base may
        // put another class after type.a (a mixin's super() reaches its
        // sibling): bound to that subclass, as an override is.
        if (!plus) continue;
        read(out_.classes[cls].subclasses);
        for (ClassInfo& sub : out_.classes) {
          if (sub.id == cls || sub.mro.empty() || !is_subclass(sub.id, cls) || !sub.live) continue;
          auto [there, by] = next(sub.id);
          if (there && by != owner) result = table().join(result, bind(there->type, table().instance_of(sub.id, true), by));
          else if (!there && slot) result = table().join(result, kDyn);
        }
      }
      return result;
    }
    case Kind::Exception:
      return name == "args" ? table().tuple_var(kDyn) : kDyn;
    case Kind::Module:
      if (auto module = program_module(object)) return load_module_attribute(*module, name);  // modules.cpp
      return native_module_attribute(table().module_name(type.a), name);  // modules.cpp
    case Kind::Function:
      return name == "__name__" || name == "__qualname__" ? kStr : kDyn;
    case Kind::Complex:
      return name == "real" || name == "imag" ? kFloat : kDyn;
    case Kind::File:  // f.name is what open() was given
      return name == "closed" ? kBool : name == "mode" || name == "encoding" || name == "errors" ? kStr : kDyn;
    case Kind::Builtin:  // str.lower, dict.fromkeys (builtins.cpp)
      return builtin_class_attribute(table(), builtin_name(type.a), name).value_or(kDyn);
    case Kind::Dyn:
      dynamic_property_read(name);
      dynamic_field_read(&name);
      return kDyn;
    default:
      return kDyn;
  }
}

// What reading `name` from a C+ (an instance of C or of a subclass) adds
// to C's own attribute: the definitions of its live subclasses (those that
// can have instances: live_classes.cpp), each bound to an instance of the
// subclass that defines it.
void Inference::overrides(ClassId cls, const std::string& name, std::vector<TypeId>& out) {
  read(out_.classes[cls].subclasses);
  for (ClassInfo& sub : out_.classes) {
    if (sub.id == cls || sub.mro.empty() || !is_subclass(sub.id, cls) || !sub.live) continue;
    Slot& slot = sub.class_attributes[name];
    if (read(slot) != kBottom) {
      out.push_back(bind(slot.type, table().instance_of(sub.id, true), sub.id));
      continue;
    }
    // A class the subclass derives from through another base, ahead of
    // cls in its MRO (`class D(A, C)`: A's method on a C+ holding a D).
    ClassId owner;
    Slot* found = find_class_attribute(sub.id, name, &owner);
    if (found && !is_subclass(owner, cls) && !is_subclass(cls, owner))
      out.push_back(bind(found->type, table().instance_of(sub.id, true), owner));
  }
}

// What reading `name` from an instance can give, one value per class that
// defines it (several for a C+, whose subclasses may override it), not
// joined: a call calls each, so dispatch over many subclasses does not
// overflow a union into dyn.
std::vector<TypeId> Inference::instance_member(TypeId object, const std::string& name) {
  const Type type = table().get(object);
  ClassInfo& cls = out_.classes[type.a];
  // Of a C+, the class is known at run time only, as for type(x).
  if (name == "__class__") {
    if (type.b) escape_classes_of(object);  // live_classes.cpp
    return {type.b ? kDyn : table().class_object(cls.id)};
  }
  if (name == "__dict__") return {table().dict_of(kStr, kDyn)};
  if ((name == "__module__" || name == "__doc__") && !find_class_attribute(cls.id, name, nullptr))
    return {name == "__module__" ? kStr : kDyn};
  std::vector<TypeId> out;
  if (type.b) overrides(cls.id, name, out);
  ClassId owner;
  if (Slot* attr = find_class_attribute(cls.id, name, &owner)) {
    out.push_back(bind(attr->type, object, owner));
    // A method is not shadowed by an instance attribute in practice; not
    // asking keeps the instance's layout free of method names.
    if (table().kind(attr->type) == Kind::Function) return out;
    // A data descriptor answers before the instance's own attribute.
    if (is_data_descriptor(attr->type)) return out;
  }
  if (TypeId field = read(*find_instance_attribute(cls.id, name)); field != kBottom) out.push_back(field);
  else if (TypeId extra = instance_dict_read(cls.id); extra != kBottom) out.push_back(extra);  // a name setattr stored
  // A __getattr__ answers for an attribute the instance lacks (a field
  // may be unset when read).
  if (name != "__getattr__")
    if (auto fallback = call_dunder(object, "__getattr__", std::vector<Argument>{Argument{kStr}})) out.push_back(*fallback);
  if (!out.empty()) return out;
  if (cls.unknown_base) return {kDyn};  // from a base the analysis cannot see
  if (!cls.builtin_base.empty() && name == "args") return {table().tuple_var(kDyn)};  // an exception's
  // BaseException's other attributes, which `raise ... from` and the
  // exception machinery set (read through the class's getattr slot).
  std::optional<BuiltinId> builtin = find_builtin(cls.builtin_base);
  if (builtin && builtin_info(*builtin).kind == BuiltinKind::Exception &&
      (name == "__cause__" || name == "__context__" || name == "__traceback__"))
    return {kDyn};
  if (builtin && builtin_info(*builtin).kind == BuiltinKind::Exception && name == "__suppress_context__") return {kBool};
  return {};
}

void Inference::store_attribute(TypeId object, const std::string& name, TypeId value) {
  for (TypeId m : members_of(object)) {
    const Type type = table().get(m);
    if (type.kind == Kind::Instance) {
      if (user_setattr(type.a)) {
        find_instance_attribute(type.a, name);  // the field its object.__setattr__ may fill
        call_dunder(m, "__setattr__", std::vector<Argument>{Argument{kStr}, Argument{value}});
      } else if (!store_descriptor(m, name, value) && !store_property(m, name, value)) {  // descriptors.cpp, properties.cpp
        write(*find_instance_attribute(type.a, name), value);
      }
    } else if (type.kind == Kind::Dyn) {
      // Any object may be behind a dyn: every attribute of that name may
      // now hold the value.
      escape(value);
      for (ClassInfo& cls : out_.classes)
        if (auto it = cls.instance_attributes.find(name); it != cls.instance_attributes.end()) write(it->second, value);
      dynamic_property_store(name);  // properties.cpp
    } else if (type.kind == Kind::Class) {
      ClassId owner = type.a;
      Slot* slot = find_class_attribute(type.a, name, &owner);
      if (slot && owner != type.a && table().kind(read(*slot)) != Kind::Function) {
        // C.x = v where a base defines x: C gets its own x. Until the store
        // runs, reading C.x still finds the base's, so C's holds both.
        Slot& own = out_.classes[type.a].class_attributes[name];
        write(own, read(*slot));
        slot = &own;
      }
      write(slot ? *slot : out_.classes[type.a].class_attributes[name], value);
    } else if (auto module = program_module(m)) {
      write(out_.globals[*module][name], value);  // m.x = v: the module's global
    } else if (type.kind != Kind::Module || !store_std_stream(table().module_name(type.a), name, value)) {
      escape(value);
    }
  }
}

void Inference::setattr_call(TypeId object, const ast::Expr* name_expr, TypeId value, bool raw) {
  auto* name = name_expr ? ast::as<ast::Constant>(name_expr) : nullptr;
  if (name && name->value.kind == ast::Value::Kind::Str) {
    std::string attribute(name->value.text);
    return raw ? raw_store_attribute(object, attribute, value) : store_attribute(object, attribute, value);
  }
  escape(value);  // the function object's attribute dict, a dyn receiver's
  for (TypeId m : members_of(object)) {
    const Type type = table().get(m);
    if (type.kind == Kind::Dyn)
      for (ClassInfo& cls : out_.classes) write(cls.instance_dict, kDyn);  // any instance may be behind it
    if (type.kind != Kind::Instance) continue;
    if (!raw && user_setattr(type.a)) {
      call_dunder(m, "__setattr__", std::vector<Argument>{Argument{kStr}, Argument{value}});
      continue;
    }
    std::vector<std::pair<ClassId, std::string>> descriptors;  // the setattr slot's, on any value
    for (ClassInfo& cls : out_.classes) {
      if (cls.id != type.a && !(type.b && is_subclass(cls.id, type.a))) continue;
      if (!raw)
        for (ClassId k : cls.mro)
          for (auto& [attribute, slot] : out_.classes[k].class_attributes) descriptors.emplace_back(cls.id, attribute);
      write(cls.instance_dict, kDyn);  // a name no class declares goes to the instance's dict
      for (ClassId k : cls.mro)
        for (auto& [attribute, slot] : out_.classes[k].instance_attributes) write(slot, value);
    }
    for (const auto& [cls, attribute] : descriptors) dynamic_descriptor_access(cls, attribute);  // descriptors.cpp
  }
}

// What a read of an undeclared name may find in the instance's dict of
// `cls` (or of a base's): dyn once a run-time-named store reached them.
TypeId Inference::instance_dict_read(ClassId cls) {
  TypeId out = kBottom;
  for (ClassId k : out_.classes[cls].mro) out = table().join(out, read(out_.classes[k].instance_dict));
  return out;
}

// Whether `obj.x = v` on an instance of `cls` calls a __setattr__ of the
// program's (which stores, if it does, through object.__setattr__).
bool Inference::user_setattr(ClassId cls) {
  ClassId owner;
  Slot* slot = find_class_attribute(cls, "__setattr__", &owner);
  return slot && table().kind(read(*slot)) == Kind::Function;
}

// object.__setattr__(obj, 'name', value): the store itself, past any
// __setattr__ or property of obj's class.
void Inference::raw_store_attribute(TypeId object, const std::string& name, TypeId value) {
  for (TypeId m : members_of(object)) {
    const Type type = table().get(m);
    if (type.kind == Kind::Instance) write(*find_instance_attribute(type.a, name), value);
    else escape(value);
  }
}

Slot* Inference::find_instance_attribute(ClassId cls, const std::string& name) {
  for (ClassId k : out_.classes[cls].mro) {
    auto& attributes = out_.classes[k].instance_attributes;
    if (auto it = attributes.find(name); it != attributes.end()) return &it->second;
  }
  return &hoist(cls, name);
}

// Makes `name` an attribute of `cls`, taking over the same attribute of its
// subclasses (their types join; whoever read them reads this one now).
Slot& Inference::hoist(ClassId cls, const std::string& name) {
  Slot& slot = out_.classes[cls].instance_attributes[name];
  for (ClassInfo& other : out_.classes) {
    if (other.id == cls || !is_subclass(other.id, cls)) continue;
    auto it = other.instance_attributes.find(name);
    if (it == other.instance_attributes.end()) continue;
    Slot moved = std::move(it->second);
    other.instance_attributes.erase(it);
    slot.type = table().join(slot.type, moved.type);
    for (SpecId reader : moved.readers) {
      if (std::find(slot.readers.begin(), slot.readers.end(), reader) == slot.readers.end()) slot.readers.push_back(reader);
      if (reader == current_)
        current_changed_ = true;
      else
        enqueue(reader);
    }
  }
  return slot;
}

// The first class along the MRO whose body (or a C.x = ... store) gives
// `name` a value. Every class passed is asked, so the reader hears of a
// definition that appears later in any of them.
Slot* Inference::find_class_attribute(ClassId cls, const std::string& name, ClassId* owner) {
  for (ClassId k : out_.classes[cls].mro) {
    Slot& slot = out_.classes[k].class_attributes[name];
    if (read(slot) != kBottom) {
      if (owner) *owner = k;
      return &slot;
    }
  }
  return nullptr;
}

// What reading a class attribute through an instance (or super()) gives.
TypeId Inference::bind(TypeId value, TypeId self, ClassId owner) {
  TypeId result = kBottom;
  for (TypeId m : members_of(value)) {
    const Type t = table().get(m);
    if (t.kind != Kind::Function) {
      result = table().join(result, descriptor_get(m, self).value_or(m));  // descriptors.cpp
      continue;
    }
    switch (out_.functions[t.a].method_kind) {
      case MethodKind::Plain:
      case MethodKind::PropertyAccessor:
        result = table().join(result, table().bound_method(t.a, t.b, self));
        break;
      case MethodKind::Static:
      case MethodKind::Decorated:
        result = table().join(result, m);
        break;
      case MethodKind::ClassMethod: {
        const Type& s = table().get(self);
        TypeId cls = s.kind == Kind::Instance ? table().class_object(s.a) : s.kind == Kind::Class ? self : table().class_object(owner);
        result = table().join(result, table().bound_method(t.a, t.b, cls));
        break;
      }
      case MethodKind::Property:
        result = table().join(result, call(table().bound_method(t.a, t.b, self), {}));
        break;
    }
  }
  return result;
}

// C3 linearisation over the user classes (builtin bases are recorded in
// ClassInfo::builtin_base). An inconsistent hierarchy, which CPython
// rejects with TypeError when the class is created, falls back to
// depth-first order.
void Inference::compute_mro(ClassInfo& cls) {
  std::vector<std::vector<ClassId>> sequences;
  for (ClassId base : cls.bases) sequences.push_back(out_.classes[base].mro);
  sequences.push_back(cls.bases);
  std::vector<ClassId> mro{cls.id};
  while (true) {
    sequences.erase(std::remove_if(sequences.begin(), sequences.end(), [](auto& s) { return s.empty(); }),
                    sequences.end());
    if (sequences.empty()) break;
    ClassId chosen = kNoClass;
    for (auto& s : sequences) {
      ClassId head = s.front();
      bool in_tail = std::any_of(sequences.begin(), sequences.end(), [&](auto& other) {
        return std::find(other.begin() + 1, other.end(), head) != other.end();
      });
      if (!in_tail) {
        chosen = head;
        break;
      }
    }
    if (chosen == kNoClass) {
      mro.resize(1);
      for (ClassId base : cls.bases)
        for (ClassId k : out_.classes[base].mro)
          if (std::find(mro.begin(), mro.end(), k) == mro.end()) mro.push_back(k);
      break;
    }
    mro.push_back(chosen);
    for (auto& s : sequences)
      if (!s.empty() && s.front() == chosen) s.erase(s.begin());
  }
  cls.mro = std::move(mro);
  table().set_mro(cls.id, cls.mro);
  // Lookups on an instance of a base "or a subclass" now see one more class.
  for (ClassId base : cls.mro)
    if (base != cls.id)
      for (SpecId reader : out_.classes[base].subclasses.readers) enqueue(reader);
  for (ClassId base : cls.bases) {
    const ClassInfo& b = out_.classes[base];
    if (cls.builtin_base.empty()) cls.builtin_base = b.builtin_base;
    cls.unknown_base |= b.unknown_base;
  }
}

bool Inference::is_subclass(ClassId derived, ClassId base) const { return out_.table.is_subclass(derived, base); }

TypeId Inference::super_object() {
  const Spec& spec = current();
  if (spec.function == kNoFunction) return kDyn;
  const FunctionInfo& f = out_.functions[spec.function];
  if (f.owner == kNoClass || spec.args.empty()) return kDyn;
  return table().super_of(f.owner, spec.args[0]);
}

}  // namespace ingot::types
