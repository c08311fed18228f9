// Attributes of instances and classes: reads, stores, method calls and
// super(). Calls of classes are in construction.cpp, type()/getattr() and
// their kin in class_builtins.cpp.
//
// The analysis gives every class of the program; a receiver's type says
// which classes its object may have: exactly C (`C`), C or any subclass
// (`C+`, a `cK_C*`), or several (a union, an rt::Value). An operation is
// written once per class it may meet, each on a `self_` of that class's
// struct; classes whose code comes out the same share one branch, so a
// method nobody overrides is one direct call. The branches test the
// object's TypeObject (one pointer compare each). Members of a union that
// are not instances take the dynamic path (runtime/dynamic_access.h),
// which raises CPython's errors ("'NoneType' object has no attribute").
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include <utility>

#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {
namespace {

using types::Kind;

}  // namespace

types::TypeId Emitter::find_type(Kind kind, uint32_t a, uint32_t b) const {
  for (types::TypeId t = 0; t < program_.table.size(); ++t) {
    const types::Type& type = program_.table.get(t);
    if (type.kind == kind && type.a == a && type.b == b && type.args.empty()) return t;
  }
  return types::kBottom;
}

std::optional<Emitter::ClassAttribute> Emitter::find_class_attribute(types::ClassId cls, std::string_view name) const {
  for (types::ClassId k : program_.classes[cls].mro) {
    types::TypeId type = class_attribute_type(k, name);
    if (type != types::kBottom) return ClassAttribute{k, type};
  }
  return std::nullopt;
}

// The classes a receiver of `type` may have; empty when it may hold
// something else too (`others` says so).
std::vector<types::ClassId> Emitter::receiver_classes(types::TypeId type, bool* others) const {
  std::vector<types::ClassId> out;
  *others = false;
  for (types::TypeId m : program_.table.members(type)) {
    const types::Type& t = program_.table.get(m);
    if (t.kind != Kind::Instance) {
      *others = true;
      continue;
    }
    for (types::ClassId k : t.b ? subclasses(t.a) : std::vector<types::ClassId>{t.a})
      if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
  }
  return out;
}

bool Emitter::is_instance_receiver(types::TypeId type) const {
  bool others = false;
  return !receiver_classes(type, &others).empty() &&
         (!others || kind_of(type) == Kind::Union);
}

std::string Emitter::dispatch(const ast::Node* where, types::TypeId receiver_type, const std::string& receiver,
                              types::TypeId result, const std::function<Typed(types::ClassId, const std::string&)>& op,
                              const std::function<Typed(const std::string&)>& fallback) {
  // A dispatch on an enclosing one's receiver: copied first, since this one
  // declares its own dso_.
  if (receiver == "dso_") return "({ auto dsx_ = dso_; " + dispatch(where, receiver_type, "dsx_", result, op, fallback) + "; })";
  bool others = false;
  std::vector<types::ClassId> classes = receiver_classes(receiver_type, &others);
  // `None | C` is a nullable pointer (optional_instances.cpp): null takes
  // `fallback` on None first, then the pointer dispatches as a `C` would.
  types::TypeId optional = optional_instance(receiver_type);
  if (optional != types::kBottom) others = false;
  bool boxed = is_value(receiver_type) && optional == types::kBottom;
  // A None result is no value: callers that need one add it.
  bool void_result = kind_of(result) == Kind::None || kind_of(result) == Kind::Bottom;
  auto finish = [&](const Typed& t) {
    if (void_result || kind_of(t.type) == Kind::None || kind_of(t.type) == Kind::Bottom) {
      if (void_result) return t.code + ";";
      return t.code + "; res_ = " + convert("rt::Value::none()", types::kDyn, result, where) + ";";
    }
    return "res_ = " + convert(t.code, t.type, result, where) + ";";
  };
  // One branch per distinct code; a branch's self_ is the struct of the
  // deepest class all its classes derive from.
  struct Branch {
    std::string code;
    std::vector<types::ClassId> classes;
  };
  std::vector<Branch> branches;
  // The deepest class all of `group` derive from, if any, and only if
  // their structs all derive from its struct: a class reaching it through
  // a second base holds its fields elsewhere (classes.cpp's instance_cxx_type).
  auto common_base = [&](const std::vector<types::ClassId>& group) -> std::optional<types::ClassId> {
    for (types::ClassId base : program_.classes[group[0]].mro)
      if (std::all_of(group.begin(), group.end(), [&](types::ClassId c) {
            return std::count(program_.classes[c].mro.begin(), program_.classes[c].mro.end(), base) > 0;
          })) {
        if (std::all_of(group.begin(), group.end(), [&](types::ClassId c) { return in_primary_chain(c, base); })) return base;
        return std::nullopt;
      }
    return std::nullopt;
  };
  // Classes share a branch only through a common base whose struct holds
  // every field the branch's code names (`self_->f_x`, `self_->bf_x`): a
  // field lives in one class of a chain (types::ClassInfo::instance_attributes),
  // so one declared by a subclass is not in its siblings' structs.
  std::map<types::ClassId, std::set<std::string>> held_by;  // a base's struct fields, mangled, computed once
  auto related = [&](const Branch& b, types::ClassId k) {
    std::vector<types::ClassId> group = b.classes;
    group.push_back(k);
    std::optional<types::ClassId> base = common_base(group);
    if (!base) return false;
    auto [entry, fresh] = held_by.try_emplace(*base);
    std::set<std::string>& held = entry->second;
    if (fresh)
      for (types::ClassId m = *base; m != types::kNoClass; m = primary_base(m)) {
        for (const auto& [name, type] : declared_fields(m)) held.insert(mangle(name));
        if (declares_instance_dict(m)) held.insert(mangle("__dict__"));
      }
    constexpr std::string_view access = "self_->";
    for (size_t at = b.code.find(access); at != std::string::npos; at = b.code.find(access, at + 1)) {
      size_t name = at + access.size();
      if (b.code.compare(name, 2, "f_") == 0) name += 2;
      else if (b.code.compare(name, 3, "bf_") == 0) name += 3;
      else continue;
      size_t end = name;
      while (end < b.code.size() && (std::isalnum(static_cast<unsigned char>(b.code[end])) || b.code[end] == '_')) ++end;
      if (!held.count(b.code.substr(name, end - name))) return false;
    }
    return true;
  };
  for (types::ClassId k : classes) {
    std::string code = finish(op(k, "self_"));
    auto it = std::find_if(branches.begin(), branches.end(), [&](const Branch& b) { return b.code == code && related(b, k); });
    if (it == branches.end())
      branches.push_back({code, {k}});
    else
      it->classes.push_back(k);
  }
  std::string base = boxed ? "" : class_struct(program_.table.get(optional != types::kBottom ? optional : receiver_type).a);
  // The receiver's own code may have moved pos_: the error is this
  // operation's (for `x.m()`, CPython's AttributeError is at `x.m`).
  const ast::Node* at = where;
  if (auto* call = ast::as<ast::Call>(where); call && call->func->kind == ast::Kind::Attribute) at = call->func;
  std::string none = optional == types::kBottom ? ""
                     : "if (!dso_) [[unlikely]] { pos_ = " + std::to_string(position(at)) + "; " +
                           finish(fallback("rt::Value::none()")) + " } else ";
  if (branches.size() == 1 && !others && !boxed) {
    // One class, or one code for all: no test. The code is for the struct
    // the branch's classes share, which is not the receiver's where those
    // reach it through a second base.
    std::string code = none.empty() ? branches[0].code : none + "{ " + branches[0].code + " }";
    types::ClassId common = common_base(branches[0].classes).value_or(branches[0].classes[0]);
    std::string self = base + "* dso_ = " + receiver + "; ";
    if (class_struct(common) == base) self += base + "* self_ = dso_; (void)self_; ";
    else self += "auto* self_ = rt::object_as<" + class_struct(common) + ">(reinterpret_cast<const rt::Object*>(dso_)); (void)self_; ";
    if (!void_result) return "({ " + self + declaration(result, "res_") + " " + code + " res_; })";
    return "({ " + self + code + " })";
  }
  auto self_for = [&](const Branch& b) {
    types::ClassId common = common_base(b.classes).value_or(b.classes[0]);
    std::string object = boxed ? "dso_.object()" : "reinterpret_cast<const rt::Object*>(dso_)";
    return "auto* self_ = rt::object_as<" + class_struct(common) + ">(" + object + "); (void)self_; ";
  };
  std::string out = "({ " + std::string(boxed ? "rt::Value" : base + "*") + " dso_ = " + receiver + "; ";
  if (!void_result) out += declaration(result, "res_") + " ";
  out += none + "{ const rt::TypeObject* dst_ = " +
         std::string(boxed ? "&dso_.type()" : "reinterpret_cast<const rt::Object*>(dso_)->type") + "; (void)dst_; ";
  for (size_t i = 0; i < branches.size(); ++i) {
    bool last = i + 1 == branches.size() && !others;
    if (!last) {
      std::string test;
      for (types::ClassId k : branches[i].classes)
        test += (test.empty() ? "" : " || ") + std::string("dst_ == &") + class_struct(k) + "::type";
      out += "if (" + test + ") ";
    }
    out += "{ " + self_for(branches[i]) + branches[i].code + " } ";
    if (!last) out += "else ";
  }
  if (others) out += "{ " + finish(fallback("dso_")) + " } ";
  out += "} ";
  if (!void_result) out += "res_; ";
  return out + "})";
}

// --- Reads -------------------------------------------------------------------

Emitter::Typed Emitter::read_instance_attribute(const ast::Node* where, types::ClassId cls, const std::string& self,
                                                std::string_view name, types::TypeId result) {
  std::string attr(name);
  std::string run = instance_run(cls, self);  // run_classes.cpp: "" for a static class
  if (name == "__class__") return {class_object(cls, run, where), find_type(Kind::Class, cls)};
  std::optional<ClassAttribute> found = find_class_attribute(cls, name);
  if (found && kind_of(found->type) == Kind::Function) {
    const types::FunctionInfo& f = program_.functions[program_.table.get(found->type).a];
    if (f.method_kind == types::MethodKind::Property)
      return call_method(where, cls, self, *found, CallArguments{}, {});
    if (f.method_kind == types::MethodKind::Static) return {class_attribute_variable(found->owner, name, run), found->type};
    std::string function = class_attribute_variable(found->owner, name, run);
    auto& table = const_cast<types::TypeTable&>(program_.table);
    if (f.method_kind == types::MethodKind::ClassMethod)
      return method_value(found->type, class_object(cls, run, where), table.class_object(cls), function, result, where);
    if (f.method_kind != types::MethodKind::Plain) unsupported(where, "a method of this kind as a value");
    return method_value(found->type, self, table.instance_of(cls), function, result, where);  // bound_methods.cpp
  }
  // A descriptor (descriptors.cpp): a data descriptor's __get__ answers
  // before the instance's own attribute, a non-data one's after it.
  bool descriptor = found && descriptor_class(found->type, "__get__") != types::kNoClass;
  if (descriptor && is_data_descriptor(found->type)) {
    Typed got = descriptor_get(where, cls, self, name, *found);
    return {convert(got.code, got.type, result, where), result};
  }
  const types::Slot* field = instance_field(cls, name);
  if (!field && !found)
    if (Typed special = instance_special_attribute(cls, self, name, where); !special.code.empty())  // instance_dicts.cpp
      return special;
  std::string out = declaration(result, "v_") + " ";
  bool any = false;
  if (field) {
    if (!field_has_flag(cls, name)) return {convert(self + "->f_" + mangle(name), field->type, result, where), result};
    out += "if (" + self + "->bf_" + mangle(name) + ") v_ = " + convert(self + "->f_" + mangle(name), field->type, result, where) + "; else ";
    any = true;
  } else if (has_instance_dict(cls) && kind_of(result) != Kind::Bottom) {
    out += "if (rt::Value dv_; rt::instance_dict_get(" + self + "->" + instance_dict_field() + ", " + str_constant(name) +
           ", &dv_)) v_ = " + convert("dv_", types::kDyn, result, where) + "; else ";
    any = true;
  }
  if (descriptor) {
    Typed got = descriptor_get(where, cls, self, name, *found);
    return {"({ " + out + "v_ = " + convert(got.code, got.type, result, where) + "; v_; })", result};
  }
  for (types::ClassId k : program_.classes[cls].mro) {
    types::TypeId type = class_attribute_type(k, name);
    if (type == types::kBottom) continue;
    if (!representable(type)) unsupported(where, "a class attribute of type '" + program_.table.format(type) + "'");
    std::string variable = class_attribute_variable(k, name, run);
    std::string value = bound_class_attribute(type, variable, self, const_cast<types::TypeTable&>(program_.table).instance_of(cls), where);  // bound_methods.cpp
    if (!value.empty()) type = types::kDyn;
    out += "if (b" + variable + ") v_ = " + convert(value.empty() ? variable : value, type, result, where) + "; else ";
    any = true;
  }
  if (!any && kind_of(result) == Kind::Bottom) unsupported(where, "an attribute that is never set");
  std::optional<ClassAttribute> fallback = find_class_attribute(cls, "__getattr__");
  if (fallback && kind_of(fallback->type) == Kind::Function) {
    Typed got = call_method_values(where, cls, self, *fallback, {{str_constant(name), types::kStr}});
    // A __getattr__ that always raises (or returns None) is a C++ void call.
    if (kind_of(got.type) == Kind::Bottom) out += got.code + "; v_";
    else if (kind_of(got.type) == Kind::None) out += "v_ = " + convert(box_value(got.code, got.type), types::kDyn, result, where) + "; v_";
    else out += "v_ = " + convert(got.code, got.type, result, where) + "; v_";
  } else if (is_exception_class(cls) && kind_of(result) != Kind::Bottom) {
    // BaseException's own attributes (__cause__, __context__, ...): its getattr slot.
    out += "v_ = " + convert("rt::getattr(rt::box(" + self + "), " + str_constant(name) + ")", types::kDyn, result, where) + "; v_";
  } else {
    out += "rt::raise_no_attribute(reinterpret_cast<const rt::Object*>(" + self + "), " + quoted(name) + "); v_";
  }
  (void)attr;
  return {"({ " + out + "; })", result};
}

std::string Emitter::class_attribute(const ast::Attribute* a, const std::string& evaluated) {
  types::TypeId receiver = type_of(a->value);
  auto object_code = [&] { return evaluated.empty() ? expression(a->value) : evaluated; };
  types::TypeId result = type_of(a);
  const types::Type& r = program_.table.get(receiver);
  if (r.kind == Kind::Class) {
    types::ClassId cls = r.a;
    if (a->attr == "__name__" || a->attr == "__qualname__") {
      const std::string& qualname = program_.classes[cls].name;  // `make.<locals>.Node` for a class in a function
      return "((void)" + object_code() + ", " +
             str_constant(a->attr == "__name__" ? qualname.substr(qualname.rfind('.') + 1) : qualname) + ")";
    }
    if (a->attr == "__module__")
      return "((void)" + object_code() + ", " + str_constant(class_module(cls)) + ")";
    std::string object = object_code();
    if (std::string special = class_introspection(a, cls, object); !special.empty()) return special;  // class_introspection.cpp
    std::string out = declaration(result, "v_") + " (void)" + object + "; ";
    // A per-run class's attributes are its class object's (run_classes.cpp).
    std::string run = per_run(cls) ? "crv" + std::to_string(cls) + "_" : "";
    if (!run.empty()) out = declaration(result, "v_") + " const rt::ClassObject* " + run + " = " + object + "; (void)" + run + "; ";
    bool any = false;
    bool read = false;  // a nearer class's def of the type the analysis read
    for (types::ClassId k : program_.classes[cls].mro) {
      types::TypeId type = class_attribute_type(k, a->attr);
      if (type == types::kBottom) continue;
      // Past that def (an override: `_generate_next_value_` of an enum), a
      // farther def of another function type is not what this read gives.
      if (read && kind_of(type) == Kind::Function && type != result) continue;
      read = read || (kind_of(type) == Kind::Function && type == result);
      if (!representable(type)) unsupported(a, "a class attribute of type '" + program_.table.format(type) + "'");
      std::string variable = class_attribute_variable(k, a->attr, run);
      if (descriptor_class(type, "__get__") != types::kNoClass) {  // descriptors.cpp
        Typed got = descriptor_class_get(a, cls, a->attr, ClassAttribute{k, type}, run);
        out += "if (b" + variable + ") v_ = " + convert(got.code, got.type, result, a) + "; else ";
        any = true;
        continue;
      }
      if (kind_of(type) == Kind::Function &&
          program_.functions[program_.table.get(type).a].method_kind == types::MethodKind::Property) {
        out += "if (b" + variable + ") v_ = " + convert(property_object(k, a->attr, variable, type, run), types::kDyn, result, a) + "; else ";
        any = true;
        continue;
      }
      if (kind_of(type) == Kind::Function &&
          program_.functions[program_.table.get(type).a].method_kind == types::MethodKind::ClassMethod) {
        Typed method = method_value(type, class_object(cls, run, a), receiver, variable, result, a);  // bound_methods.cpp
        out += "if (b" + variable + ") v_ = " + convert(method.code, method.type, result, a) + "; else ";
        any = true;
        continue;
      }
      out += "if (b" + variable + ") v_ = " + convert(variable, type, result, a) + "; else ";
      any = true;
    }
    if (!any && (metaclass_attribute(cls, a->attr) || (a->attr == "__class__" && program_.classes[cls].metaclass != types::kNoClass)))
      return metaclass_read(a, cls, object, a->attr, result).code;  // metaclasses.cpp
    if (!any) unsupported(a, "this class attribute");
    out += "rt::raise_no_class_attribute(" + class_struct(cls) + "::type, " + quoted(a->attr) + "); v_";
    return sequenced(position(a), {}, out);
  }
  if (!is_instance_receiver(receiver)) return "";
  std::string code = dispatch(
      a, receiver, object_code(), result,
      [&](types::ClassId k, const std::string& self) { return read_instance_attribute(a, k, self, a->attr, result); },
      [&](const std::string& value) {
        return Typed{"rt::getattr(" + value + ", " + str_constant(a->attr) + ")", types::kDyn};
      });
  return sequenced(position(a), {}, code);
}

std::string Emitter::attribute_raising(const ast::Expr* e) {
  if (auto* a = ast::as<ast::Attribute>(e)) {
    types::TypeId receiver = type_of(a->value);
    if (kind_of(receiver) == Kind::Bottom) return attribute_raising(a->value);
    if (std::string m = module_attribute_raising(a); !m.empty()) return m;  // imports.cpp
    // None's missing attribute: `x.items()` under `if x is not None` of an x only None reaches.
    if (!has_instances(receiver) && kind_of(receiver) != Kind::None) return "";
    return sequenced(position(a), {{"rt::Value o_", convert(expression(a->value), receiver, types::kDyn, a)}},
                     "(void)rt::getattr(o_, " + str_constant(a->attr) + ")");
  }
  auto* c = ast::as<ast::Call>(e);
  // A method the receiver lacks: the lookup raises before the call.
  if (c && c->func->kind == ast::Kind::Attribute && kind_of(type_of(c->func)) == Kind::Bottom) return attribute_raising(c->func);
  if (!c || kind_of(type_of(c->func)) != Kind::Builtin || !c->keywords.empty()) return "";
  // A builtin call (print(obj.missing)): its arguments up to the failing one.
  std::string out = "({ ";
  for (const ast::Expr* argument : c->args) {
    if (kind_of(type_of(argument)) != Kind::Bottom) {
      out += "(void)" + expression(argument) + "; ";
      continue;
    }
    std::string raised = attribute_raising(argument);
    return raised.empty() ? "" : out + raised + "; })";
  }
  return "";
}

std::string Emitter::boxed_attribute(const ast::Attribute* a) {
  types::TypeId receiver = type_of(a->value);
  if (type_of(a) != types::kDyn || !representable(receiver)) return "";
  return convert(sequenced(position(a), {{"rt::Value o_", boxed(expression(a->value), receiver, a)}},
                           "rt::getattr(o_, " + str_constant(a->attr) + ")"),
                 types::kDyn, type_of(a), a);
}

// --- Stores ------------------------------------------------------------------

std::string Emitter::store_attribute(const ast::Attribute* target, const std::string& value, types::TypeId value_type,
                                     const std::string& evaluated) {
  types::TypeId receiver = type_of(target->value);
  auto object_code = [&] { return evaluated.empty() ? expression(target->value) : evaluated; };
  if (std::string m = store_module_attribute(target, value, value_type, evaluated); !m.empty()) return m;  // imports.cpp
  const types::Type& r = program_.table.get(receiver);
  std::string name = mangle(target->attr);
  if (r.kind == Kind::Class) {
    types::TypeId type = class_attribute_type(r.a, target->attr);
    if (type == types::kBottom) unsupported(target, "setting an attribute a base class defines");
    std::string variable = class_attribute_variable(r.a, target->attr, per_run(r.a) ? "so_" : "");  // run_classes.cpp
    return "{ " + cxx_type(value_type, target) + " sv_ = " + value + "; const rt::ClassObject* so_ = " + object_code() +
           "; (void)so_; " + variable + " = " + convert("sv_", value_type, type, target) + "; b" + variable + " = true; }";
  }
  // A builtin exception's links (e.__context__ = other): its setattr slot checks and stores them.
  bool exception_link = kind_of(receiver) == Kind::Exception &&
                        (target->attr == "__cause__" || target->attr == "__context__" || target->attr == "__suppress_context__");
  // None, or a union without instances (what a branch the analysis could
  // not rule out stores into): the setattr slot raises CPython's error.
  bool boxed_receiver = is_value(receiver) && !is_instance_receiver(receiver);
  if (kind_of(receiver) == Kind::Dyn || exception_link || boxed_receiver) {
    // Any object may be behind a dyn: its class's setattr slot stores (the
    // analysis joined the value into every attribute of that name).
    return "{ " + cxx_type(value_type, target) + " sv_ = " + value + "; rt::Value o_ = " +
           boxed(object_code(), receiver, target) + "; pos_ = " + std::to_string(position(target)) + "; rt::setattr(o_, " +
           str_constant(target->attr) + ", " + convert("sv_", value_type, types::kDyn, target) + "); }";
  }
  if (!is_instance_receiver(receiver)) return "";
  std::string code = instance_store(target, receiver, object_code(), target->attr, value_type, false);
  // The value first, then the object, as CPython evaluates `obj.x = v`.
  return "{ " + cxx_type(value_type, target) + " sv_ = " + value + "; pos_ = " + std::to_string(position(target)) + "; " + code + "; }";
}

// `object.name = sv_` on an instance receiver: through the class's
// __setattr__ or property, or (`raw`, object.__setattr__) into the field.
std::string Emitter::instance_store(const ast::Node* where, types::TypeId receiver, const std::string& object,
                                    std::string_view attr, types::TypeId value_type, bool raw) {
  std::string name = mangle(attr);
  return dispatch(
      where, receiver, object, types::kNone,
      [&](types::ClassId k, const std::string& self) -> Typed {
        if (auto setter = find_class_attribute(k, "__setattr__"); !raw && setter && kind_of(setter->type) == Kind::Function)
          return call_method_values(where, k, self, *setter, {{str_constant(attr), types::kStr}, {"sv_", value_type}});
        if (auto found = find_class_attribute(k, attr); !raw && found && is_data_descriptor(found->type))
          return descriptor_set(where, k, self, attr, *found, {"sv_", value_type});  // descriptors.cpp
        if (auto found = find_class_attribute(k, attr); !raw && found && kind_of(found->type) == Kind::Function) {
          if (program_.functions[program_.table.get(found->type).a].method_kind != types::MethodKind::Property)
            unsupported(where, "setting a method");
          return property_store(where, k, self, *found, attr, {"sv_", value_type});  // properties.cpp
        }
        if (!slots_allow(k, attr))  // classes.cpp
          return {"rt::raise_no_attribute(reinterpret_cast<const rt::Object*>(" + self + "), " + quoted(attr) + ")",
                  types::kBottom};
        const types::Slot* field = instance_field(k, attr);
        if (!field) unsupported(where, "this attribute store");
        return {self + "->f_" + name + " = " + convert("sv_", value_type, field->type, where) + mark_field_set(self, k, attr),
                types::kNone};
      },
      [&](const std::string& value) -> Typed {
        if (raw) unsupported(where, "object.__setattr__ on a value of unknown type");
        return {"rt::setattr(" + value + ", " + str_constant(attr) + ", " + convert("sv_", value_type, types::kDyn, where) + ")",
                types::kNone};
      });
}

// object.__setattr__(obj, 'name', value), what a __setattr__ stores through.
std::string Emitter::raw_setattr_call(const ast::Call* c) {
  auto* method = ast::as<ast::Attribute>(c->func);
  auto name = method ? types::raw_setattr_name(c, program_.table, type_of(method->value)) : std::nullopt;
  if (!name && method && types::is_raw_setattr(c, program_.table, type_of(method->value)))
    return setattr_call(c, true);  // a name known at run time: introspection.cpp
  if (!name) return "";
  const ast::Expr* object = c->args[0];
  const ast::Expr* value = c->args[2];
  if (!is_instance_receiver(type_of(object))) unsupported(c, "object.__setattr__ on this object");
  std::string code = instance_store(c, type_of(object), "ro_", *name, type_of(value), true);
  return finish_call(c,
                     sequenced(position(c), {{cxx_type(type_of(object), c) + " ro_", expression(object)},
                                             {cxx_type(type_of(value), c) + " sv_", expression(value)}},
                               code),
                     types::kNone);
}

void Emitter::aug_assign_attribute(const ast::AugAssign* a, const ast::Attribute* target) {
  types::TypeId receiver = type_of(target->value);
  types::TypeId type = type_of(target);
  // No value was ever stored there (a method of a class never instantiated,
  // reached through a dynamic receiver): the read raises AttributeError.
  if (kind_of(type) == Kind::Bottom) return line("(void)" + expression(target) + ";");
  line("{");
  ++indent_;
  // The object once: read, operate, store back.
  line(cxx_type(receiver, target) + " ao_ = " + expression(target->value) + ";");
  std::string current = class_attribute(target, "ao_");
  if (current.empty()) current = read_module_attribute(target, "ao_");  // imports.cpp
  if (current.empty() && is_value(receiver)) current = "rt::getattr(ao_, " + str_constant(target->attr) + ")";
  if (current.empty()) unsupported(target, "augmented assignment to this attribute");
  std::string operand = expression(a->value);
  auto in_place = container_augmented(a, a->op, type, current, type_of(a->value), operand);
  std::string value = in_place ? *in_place : binary_op(a, a->op, type, current, type_of(a->value), operand, type);
  line(store_attribute(target, value, type, "ao_"));
  --indent_;
  line("}");
}

// --- Calls -------------------------------------------------------------------

Emitter::Typed Emitter::call_method(const ast::Node* where, types::ClassId cls, const std::string& self,
                                    const ClassAttribute& method, const CallArguments& arguments,
                                    const std::vector<Typed>& values, const std::vector<Typed>& extra) {
  const types::Type& f = program_.table.get(method.type);
  const types::FunctionInfo& info = program_.functions[f.a];
  // The class object: the instance's, or a class receiver's (run_classes.cpp).
  std::string run = self.empty() ? class_receiver_ : instance_run(cls, self);
  std::string object = !method.object.empty() ? method.object
                                               : class_attribute_variable(method.owner, info.qualname.substr(info.qualname.rfind('.') + 1), run);
  if (info.method_kind == types::MethodKind::Static) return invoke(where, method.type, object, arguments, values, extra);
  auto leading = [&](Typed first) {
    std::vector<Typed> out{std::move(first)};
    out.insert(out.end(), extra.begin(), extra.end());
    return out;
  };
  if (info.method_kind == types::MethodKind::ClassMethod)
    return invoke(where, method.type, object, arguments, values, leading({class_object(cls, run, where), find_type(Kind::Class, cls)}));
  // The first of self's types the call binds to, else the first there is.
  types::TypeId chosen = types::kBottom;
  Binding binding = bind_call(arguments, info, 1 + extra.size());
  for (types::TypeId candidate : self_types(cls)) {
    if (chosen == types::kBottom) chosen = candidate;
    if (binding.ok && select_spec(f.a, f.b, binding, arguments, leading({self, candidate})) != types::kNoSpec) {
      chosen = candidate;
      break;
    }
  }
  if (chosen == types::kBottom) unsupported(where, "a method call the analysis did not see");
  return invoke(where, method.type, object, arguments, values, leading({instance_upcast(self, cls, chosen), chosen}));
}

// Evaluates a call's arguments into a0, a1, ... (in Python's order).
std::vector<Emitter::Typed> Emitter::evaluate_arguments(const CallArguments& arguments,
                                                        std::vector<std::pair<std::string, std::string>>& operands) {
  std::vector<Typed> values;
  for (size_t i = 0; i < arguments.values.size(); ++i) {
    const ast::Expr* v = arguments.values[i];
    std::string name = "a" + std::to_string(i);
    operands.emplace_back(cxx_type(type_of(v), v) + " " + name, expression(v));
    values.push_back({name, type_of(v)});
  }
  return values;
}

std::string Emitter::class_call(const ast::Call* c) {
  if (std::string raw = raw_setattr_call(c); !raw.empty()) return raw;
  types::TypeId callee = type_of(c->func);
  const types::Type& t = program_.table.get(callee);
  if (t.kind == Kind::Builtin && c->func->kind == ast::Kind::Name)
    return class_builtin(c, static_cast<const ast::Name*>(c->func)->id);
  if (t.kind == Kind::Class) {
    // (A per-run class's instances need the class object: run_classes.cpp.)
    std::string value = c->func->kind == ast::Kind::Name && symbol(static_cast<const ast::Name*>(c->func)).is_global() && !per_run(t.a)
                            ? ""
                            : expression(c->func);
    if (std::string made = metaclass_call(c, t.a, value); !made.empty()) return made;  // metaclasses.cpp
    std::string made = construct(c, t.a, value);
    return convert(made, find_type(Kind::Instance, t.a, 0), type_of(c), c);
  }
  auto* method = ast::as<ast::Attribute>(c->func);
  if (!method) return "";
  types::TypeId receiver = type_of(method->value);
  const types::Type& r = program_.table.get(receiver);
  CallArguments arguments = call_arguments(c);
  if (r.kind == Kind::Super) return super_call(c, method);
  if (r.kind == Kind::Class) {
    // C.static(...), C.classmethod(...); C.method(obj, ...) is a call of
    // the plain function (function_values.cpp).
    std::optional<ClassAttribute> found = find_class_attribute(r.a, method->attr);
    if (!found && method->attr == "mro") return class_mro_call(c, r.a, expression(method->value));  // class_introspection.cpp
    if (!found) return metaclass_method_call(c, method, r.a);  // metaclasses.cpp
    if (!found || kind_of(found->type) != Kind::Function) return "";
    auto kind = program_.functions[program_.table.get(found->type).a].method_kind;
    if (kind != types::MethodKind::Static && kind != types::MethodKind::ClassMethod) return "";
    std::vector<std::pair<std::string, std::string>> operands{{"auto cv_", expression(method->value)}};
    std::vector<Typed> values = evaluate_arguments(arguments, operands);
    std::string receiver = std::exchange(class_receiver_, "cv_");
    Typed called = call_method(c, r.a, "", *found, arguments, values);
    class_receiver_ = receiver;
    return finish_call(c, sequenced(position(c), operands, "(void)cv_; " + called.code), called.type);
  }
  if (!is_instance_receiver(receiver)) return "";
  return instance_method_call(c, method->value, method->attr);
}

// obj.name(...) on an instance receiver, or obj(...) (name "__call__",
// looked up on the class only, as CPython's call does).
std::string Emitter::instance_method_call(const ast::Call* c, const ast::Expr* object, std::string_view name) {
  types::TypeId receiver = type_of(object);
  bool call = name == "__call__";
  CallArguments arguments = call_arguments(c);
  std::vector<std::pair<std::string, std::string>> operands{{cxx_type(receiver, c) + " o_", expression(object)}};
  std::vector<Typed> values = evaluate_arguments(arguments, operands);
  std::string code = dispatch(
      c, receiver, "o_", type_of(c),
      [&](types::ClassId k, const std::string& self) -> Typed {
        std::optional<ClassAttribute> found = find_class_attribute(k, name);
        if (!found && call)
          return {"rt::raise(rt::exc::TypeError, " + quoted("'" + program_.classes[k].name + "' object is not callable") + ")",
                  types::kBottom};
        if (!found) {
          if (const types::Slot* field = instance_field(k, name)) {  // self.func(...): the value the field holds
            Typed held = read_instance_attribute(c, k, self, name, field->type);
            Typed called = call_evaluated(c, field->type, "fv_", arguments, values, {});
            return {"({ " + cxx_type(field->type, c) + " fv_ = " + held.code + "; " + called.code + "; })", called.type};
          }
          // What the class's __getattr__ gives for the name, called.
          std::optional<ClassAttribute> fallback = find_class_attribute(k, "__getattr__");
          if (fallback && kind_of(fallback->type) == Kind::Function) {
            Typed got = call_method_values(c, k, self, *fallback, {{str_constant(name), types::kStr}});
            Typed called = call_evaluated(c, got.type, "gv_", arguments, values, {});
            return {"({ " + cxx_type(got.type, c) + " gv_ = " + got.code + "; " + called.code + "; })", called.type};
          }
          return {"rt::raise_no_attribute(reinterpret_cast<const rt::Object*>(" + self + "), " + quoted(name) + ")",
                  types::kBottom};
        }
        if (descriptor_class(found->type, "__get__") != types::kNoClass && kind_of(type_of(c->func)) != Kind::Bottom) {
          // obj.name(...) through a descriptor: what its read gives, called (descriptors.cpp).
          types::TypeId read = type_of(c->func);
          Typed held = read_instance_attribute(c, k, self, name, read);
          Typed called = call_evaluated(c, read, "dv_", arguments, values, {});
          return {"({ " + cxx_type(read, c) + " dv_ = " + held.code + "; " + called.code + "; })", called.type};
        }
        if (kind_of(found->type) == Kind::Function) return call_method(c, k, self, *found, arguments, values);
        // One of several defs (a decorator choosing its wrapper) or a Value
        // (a functools.wraps wrapper): what it holds, bound and called.
        types::TypeId read = type_of(c->func);
        if (!binds_at_run_time(found->type) || kind_of(read) == Kind::Bottom)
          unsupported(c, "calling a class attribute that is not a def");
        Typed held = read_instance_attribute(c, k, self, name, read);
        Typed called = call_evaluated(c, read, "mv_", arguments, values, {});
        return {"({ " + cxx_type(read, c) + " mv_ = " + held.code + "; " + called.code + "; })", called.type};
      },
      [&](const std::string& value) -> Typed {
        std::string callee = call ? value : "rt::getattr(" + value + ", " + str_constant(name) + ")";
        if (arguments.spread || !c->keywords.empty())  // bound by the callee at run time
          return {"({ rt::Value callee_ = " + callee + "; " + runtime_arguments(c, arguments, values, {}, "callee_") +
                      "rt::call_args(callee_, args_.args()); })",
                  types::kDyn};
        std::string args;
        for (const Typed& v : values) args += (args.empty() ? "" : ", ") + convert(v.code, v.type, types::kDyn, c);
        return {"({ rt::Value args_[] = {" + args + (args.empty() ? "rt::Value()" : "") + "}; rt::call(" + callee +
                    ", std::span<const rt::Value>(args_, " + std::to_string(values.size()) + ")); })",
                types::kDyn};
      });
  return finish_call(c, sequenced(position(c), operands, code), type_of(c));  // a None result is a void call
}

// A call's value as the expression's type: void calls stay void where the
// expression is None.
std::string Emitter::finish_call(const ast::Call* c, const std::string& code, types::TypeId type) {
  types::TypeId want = type_of(c);
  if (kind_of(type) == Kind::None || kind_of(type) == Kind::Bottom) {
    if (kind_of(want) != Kind::None || !representable(types::kNone)) return code;
    return "({ " + code + "; rt::Value::none(); })";
  }
  return convert(code, type, want, c);
}

// super().name(...) past the program's classes, in a method of `cls`: the
// method object's, or BaseException's for an exception class, gives. The
// result is a Value, as the analysis types a builtin base's method.
std::string Emitter::builtin_super_method(const ast::Call* c, types::ClassId cls, const std::string& self,
                                          std::string_view name, const std::vector<Typed>& values) {
  bool exception = !program_.classes[cls].builtin_base.empty();
  auto arity = [&](size_t n) {
    if (values.size() != n) unsupported(c, "super()." + std::string(name) + " with these arguments");
  };
  if (name == "__str__" || name == "__repr__") {
    arity(0);
    // object.__str__ is type(self).__repr__(self).
    if (exception) return "rt::box(rt::exception_" + std::string(name == "__str__" ? "str" : "repr") + "(" + self + "))";
    return "rt::box(" + std::string(name == "__str__" ? "rt::repr(rt::box(" + self + "))" : "rt::object_repr(" + self + ")") + ")";
  }
  if (name == "__hash__") {
    arity(0);
    return "rt::box(rt::Int(rt::hash_pointer(" + self + ")))";
  }
  if (name == "__eq__") {
    // Identity decides; anything else is NotImplemented, which hands over to the other side.
    arity(1);
    return "(rt::box(" + self + ").is(" + boxed(values[0].code, values[0].type, c) + ") ? rt::box(true) : rt::not_implemented())";
  }
  if (name == "__delattr__" && !exception) {  // object's: the delattr slot, past the class's own __delattr__
    arity(1);
    return "({ rt::delattr(rt::box(" + self + "), rt::attribute_name(" + boxed(values[0].code, values[0].type, c) +
           ")); rt::Value::none(); })";
  }
  unsupported(c, "super()." + std::string(name) + " of a builtin class");
}

std::string Emitter::super_call(const ast::Call* c, const ast::Attribute* method) {
  const types::Type& s = program_.table.get(type_of(method->value));
  auto* call = ast::as<ast::Call>(method->value);
  if (!call || (call->args.size() != 0 && call->args.size() != 2) || !call->keywords.empty())
    unsupported(method->value, "this call of super()");
  std::vector<std::pair<std::string, std::string>> operands;
  std::string self;
  if (call->args.empty()) {
    const types::Spec& here = program_.spec(current_->spec);
    if (here.function == types::kNoFunction || program_.functions[here.function].params.empty())
      unsupported(method->value, "super() outside a method");
    self = "v_" + mangle(program_.functions[here.function].params[0].name);
  } else {
    // super(C, obj): the analysis resolved C; it is evaluated for its effects.
    operands.emplace_back("[[maybe_unused]] " + cxx_type(type_of(call->args[0]), call) + " sc_", expression(call->args[0]));
    operands.emplace_back(cxx_type(type_of(call->args[1]), call) + " so_", expression(call->args[1]));
    self = "so_";
  }
  types::TypeId self_type = s.args[0];  // the method's self, or obj
  const types::Type& st = program_.table.get(self_type);
  bool class_method = st.kind == Kind::Class;  // super() in a classmethod: cls is the class
  if (st.kind != Kind::Instance && !class_method) unsupported(method->value, "super() here");
  types::ClassId cls = st.a;
  if (class_method && program_.classes[s.a].builtin_base == "type")  // a metaclass's method on a class
    return metaclass_super_call(c, method, s.a, self, cls, operands);
  // The attribute after s.a along k's MRO.
  auto next = [&](types::ClassId k) -> std::optional<ClassAttribute> {
    const auto& mro = program_.classes[k].mro;
    auto after = std::find(mro.begin(), mro.end(), types::ClassId(s.a));
    if (after == mro.end()) {
      if (!call->args.empty()) unsupported(method->value, "super(C, obj) where obj may be no C");
      return std::nullopt;
    }
    for (auto it = after + 1; it != mro.end(); ++it)
      if (types::TypeId type = class_attribute_type(*it, method->attr); type != types::kBottom) return ClassAttribute{*it, type};
    return std::nullopt;
  };
  CallArguments arguments = call_arguments(c);
  std::vector<Typed> values = evaluate_arguments(arguments, operands);
  std::optional<ClassAttribute> found = next(cls);
  if (!found && class_method && method->attr == "__init_subclass__") {
    // object.__init_subclass__: nothing to do, and no keyword arguments.
    std::string check;
    for (size_t i = 0; i < values.size(); ++i) {
      bool mapping = arguments.keywords[i] == "**";
      if (!mapping && arguments.keywords[i] != "*") unsupported(c, "an argument of object.__init_subclass__");
      check += "if (rt::len(" + boxed(values[i].code, values[i].type, c) + ") != 0) rt::raise(rt::exc::TypeError, std::string(" +
               class_struct(cls) + "::type.name) + \".__init_subclass__() takes no " +
               (mapping ? "keyword arguments" : "positional arguments") + "\"); ";
    }
    return finish_call(c, sequenced(position(c), operands, check + "(void)0"), types::kNone);
  }
  // The call on an instance of class k (self that struct's pointer).
  auto on = [&](types::ClassId k, const std::string& self) -> Typed {
    std::optional<ClassAttribute> found = next(k);
    if (!found && !class_method && method->attr != "__init__")
      return {builtin_super_method(c, k, self, method->attr, values), types::kDyn};
    if (!found && class_method && method->attr == "__new__") return object_new(c, arguments, values);
    if (!found) {
      // Past the program's classes: object's or a builtin exception's.
      if (method->attr != "__init__" || class_method) unsupported(c, "super()." + std::string(method->attr) + " of a builtin class");
      if (program_.classes[k].builtin_base.empty()) return {object_init(c, arguments, values), types::kNone};
      return {exception_init(c, self, arguments, values), types::kNone};
    }
    if (kind_of(found->type) != Kind::Function) unsupported(c, "super() of an attribute that is not a def");
    if (class_method && program_.functions[program_.table.get(found->type).a].method_kind != types::MethodKind::ClassMethod)
      unsupported(c, "super() of a method that is not a classmethod in a classmethod");
    return call_method(c, k, self, *found, arguments, values);
  };
  // A C+ self: a subclass deriving from C through a second base may put
  // another class after C in its MRO (a mixin's super() reaches its
  // sibling), so then each class takes its own.
  bool same = true;
  if (st.b && !class_method)
    for (types::ClassId k : subclasses(cls)) {
      std::optional<ClassAttribute> there = next(k);
      same = same && there.has_value() == found.has_value() && (!there || (there->owner == found->owner && there->type == found->type));
      // Past the program's classes, a subclass with an exception base
      // (`class E(Mixin, ValueError)`) reaches that base's __init__.
      same = same && (there || program_.classes[k].builtin_base == program_.classes[cls].builtin_base);
    }
  if (!same) {
    std::string code = dispatch(c, self_type, self, type_of(c), on, [&](const std::string&) -> Typed {
      unsupported(c, "super() on this object");
    });
    return finish_call(c, sequenced(position(c), operands, code), type_of(c));
  }
  Typed called = on(cls, self);
  return finish_call(c, sequenced(position(c), operands, called.code), called.type);
}

// super().__new__(cls) reaching object.__new__ (in a class's own __new__),
// and object.__new__(cls): a new instance of the class cls is (when cls may
// be one of several classes, the one it is at run time); no other arguments.
Emitter::Typed Emitter::object_new(const ast::Call* c, const CallArguments& arguments, const std::vector<Typed>& values) {
  if (values.empty() || !arguments.keywords[0].empty()) unsupported(c, "this call of object.__new__");
  std::vector<types::ClassId> classes;
  for (types::TypeId m : program_.table.members(values[0].type)) {
    if (kind_of(m) != Kind::Class) unsupported(c, "object.__new__ of something that may not be a class");
    classes.push_back(program_.table.get(m).a);
  }
  types::TypeId instance = type_of(c);
  if (values.size() > 1)  // of the instance's type, as the analysis has it
    return {"({ rt::raise(rt::exc::TypeError, \"object.__new__() takes exactly one argument (the type to instantiate)\"); rt::unreachable<" +
                cxx_type(instance, c) + ">(); })",
            instance};
  // An instance of a class made per run points to the class object it was
  // made of (run_classes.cpp): `run`, the class object cls is.
  auto made = [&](types::ClassId k, const std::string& run) {
    std::string fresh = "rt::new_instance<" + class_struct(k) + ">()";
    if (per_run(k)) fresh = "({ auto* n_ = " + fresh + "; n_->run_ = " + run + "; n_; })";
    return convert(fresh, find_type(Kind::Instance, k, 0), instance, c);
  };
  if (classes.size() == 1 && !per_run(classes[0])) return {"((void)(" + values[0].code + "), " + made(classes[0], "") + ")", instance};
  if (classes.size() == 1)
    return {"({ const rt::ClassObject* nc_ = " + values[0].code + "; " + made(classes[0], "nc_") + "; })", instance};
  std::string out = "({ rt::Value nc_ = " + boxed(values[0].code, values[0].type, c) + "; " + cxx_type(instance, c) + " nr_; ";
  for (types::ClassId k : classes)
    out += "if (" + holds_class("nc_", k) + ") nr_ = " + made(k, "reinterpret_cast<const rt::ClassObject*>(nc_.object())") + "; else ";
  return {out + "rt::unreachable<void>(); nr_; })", instance};
}

// super().__init__(...) reaching BaseException.__init__: the positional
// arguments (`*args` spread) become e.args; it takes no keywords.
std::string Emitter::exception_init(const ast::Call* c, const std::string& self, const CallArguments& arguments,
                                    const std::vector<Typed>& values) {
  bool spread = std::any_of(arguments.keywords.begin(), arguments.keywords.end(), [](std::string_view k) { return !k.empty(); });
  if (!spread) {
    std::string args;
    for (const Typed& v : values) args += (args.empty() ? "" : ", ") + convert(v.code, v.type, types::kDyn, c);
    return "rt::set_exception_args(" + self + ", {" + args + "})";
  }
  std::string out = "rt::ArgumentList ea_(rt::box(" + self + ")); ";
  for (size_t i = 0; i < values.size(); ++i) {
    std::string v = boxed(values[i].code, values[i].type, c);
    std::string_view k = arguments.keywords[i];
    if (k == "*") out += "ea_.add_star(" + v + "); ";
    else if (k == "**") out += "ea_.add_double_star(" + v + "); ";
    else if (k.empty()) out += "ea_.add(" + v + "); ";
    else out += "ea_.add_keyword(" + str_constant(k) + ", " + v + "); ";
  }
  return "({ " + out + "rt::CallArgs ca_ = ea_.args(); if (!ca_.keywords.empty()) rt::raise(rt::exc::TypeError, std::string(" +
         "reinterpret_cast<const rt::Object*>(" + self + ")->type->name) + \"() takes no keyword arguments\"); " +
         "rt::set_exception_args_from(" + self + ", {ca_.values, ca_.positional}); })";
}

// super().__init__(...) reaching object.__init__, which takes no arguments:
// `*args` and `**kwargs` pass when empty (cooperative __init__ chains end
// there), anything else raises CPython's TypeError.
std::string Emitter::object_init(const ast::Call* c, const CallArguments& arguments, const std::vector<Typed>& values) {
  std::string raise = "rt::raise(rt::exc::TypeError, \"object.__init__() takes exactly one argument (the instance to initialize)\")";
  std::string check;
  for (size_t i = 0; i < values.size(); ++i) {
    if (arguments.keywords[i] != "*" && arguments.keywords[i] != "**") return check + raise;
    check += "if (rt::len(" + boxed(values[i].code, values[i].type, c) + ") != 0) " + raise + "; ";
  }
  return check + "(void)0";
}

}  // namespace ingot::codegen
