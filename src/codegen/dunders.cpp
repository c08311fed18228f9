// Special methods of user classes: the TypeObject slots through which
// boxed instances behave (str/repr/hash/==/ordering for print, f-strings,
// containers and the dynamic paths), and typed operators, truth, len()
// on instances, which call the dunders directly.
#include <algorithm>
#include <set>

#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {
namespace {

using types::Kind;

const char* const kCompareDunders[] = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
// The reflection of each comparison: a < b tries b.__gt__(a).
const int kReflected[] = {0, 1, 4, 5, 2, 3};

std::string_view operator_name(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add: return "add";
    case ast::Operator::Sub: return "sub";
    case ast::Operator::Mult: return "mul";
    case ast::Operator::MatMult: return "matmul";
    case ast::Operator::Div: return "truediv";
    case ast::Operator::FloorDiv: return "floordiv";
    case ast::Operator::Mod: return "mod";
    case ast::Operator::Pow: return "pow";
    case ast::Operator::LShift: return "lshift";
    case ast::Operator::RShift: return "rshift";
    case ast::Operator::BitOr: return "or";
    case ast::Operator::BitXor: return "xor";
    case ast::Operator::BitAnd: return "and";
  }
  return "";
}

const char* operator_text(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add: return "+";
    case ast::Operator::Sub: return "-";
    case ast::Operator::Mult: return "*";
    case ast::Operator::MatMult: return "@";
    case ast::Operator::Div: return "/";
    case ast::Operator::FloorDiv: return "//";
    case ast::Operator::Mod: return "%";
    case ast::Operator::Pow: return "** or pow()";
    case ast::Operator::LShift: return "<<";
    case ast::Operator::RShift: return ">>";
    case ast::Operator::BitOr: return "|";
    case ast::Operator::BitXor: return "^";
    case ast::Operator::BitAnd: return "&";
  }
  return "?";
}

}  // namespace

// Whether the analysis specialised `dunder` of class `cls` for a self of
// that class: a slot is only written for those (an unreached one falls
// back to a base's along the MRO).
std::optional<Emitter::ClassAttribute> Emitter::specialised_dunder(types::ClassId cls, std::string_view dunder) const {
  std::optional<ClassAttribute> found = find_class_attribute(cls, dunder);
  if (!found || kind_of(found->type) != Kind::Function) return std::nullopt;
  const types::FunctionInfo& info = program_.functions[program_.table.get(found->type).a];
  for (types::SpecId id : info.specs) {
    const types::Spec& s = program_.spec(id);
    if (!s.live || s.args.empty()) continue;
    const types::Type& self = program_.table.get(s.args[0]);
    if (self.kind != Kind::Instance) continue;
    auto mro = program_.classes[cls].mro;
    if (self.a == cls || (self.b && std::count(mro.begin(), mro.end(), self.a))) return found;
  }
  return std::nullopt;
}

// `dunder` of `cls` on self_ and the Values `args`: one test per
// specialisation (the Values' classes select it), `on_result` on what it
// returns. "" when the class has no such method.
std::string Emitter::value_call(types::ClassId cls, std::string_view dunder, const std::vector<std::string>& args,
                                const std::function<std::string(const Typed&)>& on_result) {
  std::optional<ClassAttribute> found = find_class_attribute(cls, dunder);
  if (!found || kind_of(found->type) != Kind::Function) return "";
  const types::Type& f = program_.table.get(found->type);
  const types::FunctionInfo& info = program_.functions[f.a];
  const ast::Node* where = program_.classes[cls].node;
  const auto& mro = program_.classes[cls].mro;
  std::string object = class_attribute_variable(found->owner, dunder, instance_run(cls, "self_"));  // run_classes.cpp
  std::string out;
  // The dyn specialisation (a dunder run on a dyn operand) takes what the
  // typed ones do not: it is tested last. A closure has one per environment.
  std::vector<types::SpecId> specs = info.specs;
  if (types::SpecId dyn = dyn_spec_of(f.a, f.b); dyn != types::kNoSpec) specs.push_back(dyn);
  for (types::SpecId spec : specs) {
    const types::Spec& s = program_.spec(spec);
    if (!s.live || s.env != f.b || s.args.size() < args.size() + 1 || info.params.size() != s.args.size())
      continue;
    if (info.method_kind != types::MethodKind::Plain) continue;
    // Parameters past self and `args` must have defaults
    // (`def __radd__(self, other, context=None)`): invoke binds them.
    bool ok = true;
    for (size_t i = 0; i < info.params.size(); ++i) {
      const types::Param& p = info.params[i];
      ok = ok && (p.kind == types::ParamKind::Positional || p.kind == types::ParamKind::PositionalOnly) &&
           (i <= args.size() || p.default_index >= 0);
    }
    // A function defined outside the class body (`__add__ = make_op(...)`)
    // takes its self as a Value in its dyn specialisation.
    const types::Type& self_type = program_.table.get(s.args[0]);
    bool boxed_self = self_type.kind == Kind::Dyn;
    if (!ok || (!boxed_self && (self_type.kind != Kind::Instance ||
                                !(self_type.a == cls || (self_type.b && std::count(mro.begin(), mro.end(), self_type.a))))))
      continue;
    std::string test;
    std::vector<Typed> leading{{boxed_self ? "rt::box(self_)" : instance_upcast("self_", cls, s.args[0]), s.args[0]}};
    for (size_t i = 0; i < args.size() && ok; ++i) {
      std::string t = value_test(args[i], s.args[i + 1]);
      if (t.empty()) ok = false;
      test += (test.empty() ? "" : " && ") + t;
      leading.push_back({convert(args[i], types::kDyn, s.args[i + 1], where), s.args[i + 1]});
    }
    if (!ok) continue;
    Typed r = invoke(where, found->type, object, CallArguments{}, {}, leading);
    out += "if (" + (test.empty() ? std::string("true") : test) + ") { " + on_result(r) + " } ";
  }
  return out;
}

// object.__setattr__(self_, name_, value_) on an instance of `cls`: a
// property's or descriptor's setter, the field, or the instance dict;
// false where the instance has no room for the name. Empty where there is
// nothing to store into.
std::string Emitter::raw_setattr_body(types::ClassId cls) {
  const types::ClassInfo& info = program_.classes[cls];
  std::string stores = property_setattr(cls) + descriptor_setattr(cls);  // properties.cpp, descriptors.cpp
  for (types::ClassId k : info.mro)
    for (const auto& [name, slot] : program_.classes[k].instance_attributes) {
      if (slot.type == types::kBottom || !instance_field(cls, name) || instance_field(cls, name) != &slot) continue;
      stores += "if (n_ == " + quoted(name) + ") { self_->f_" + mangle(name) + " = " +
                convert("value_", types::kDyn, slot.type, info.node) + mark_field_set("self_", cls, name) + "; return true; } ";
    }
  if (stores.empty() && !has_instance_dict(cls)) return "";
  std::string others = has_instance_dict(cls)  // instance_dicts.cpp
                           ? "rt::instance_dict_set(self_->" + instance_dict_field() + ", name_, value_); return true;"
                           : "return false;";
  return "std::string_view n_ = name_.view(); (void)n_; " + stores + others;
}

// object.__setattr__(obj, name, value) with a name known at run time on an
// instance of a class with its own __setattr__ (introspection.cpp): the
// setattr slot would run that __setattr__ again, so the stores are one
// function per class, `raw_setattrK`, false where there is no room for
// the name. Written with the type slots, declared with the class.
std::string Emitter::raw_setattr_function(types::ClassId cls) {
  raw_setattrs_.insert(cls);
  return "raw_setattr" + std::to_string(cls);
}

std::string Emitter::raw_setattr_definition(types::ClassId cls) {
  if (!raw_setattrs_.count(cls)) return "";
  std::string stores = raw_setattr_body(cls);
  return "static bool raw_setattr" + std::to_string(cls) + "(const rt::Object* o_, rt::Str name_, rt::Value value_) {\n" +
         "  int32_t pos_ = 0; (void)pos_;\n  auto* self_ = rt::object_as<" + class_struct(cls) + ">(o_); (void)self_;\n  " +
         (stores.empty() ? "return false;" : stores) + "\n}\n";
}

std::string Emitter::type_slots(types::ClassId cls) {
  // A metaclass's instances are class objects: type's slots serve them
  // but for the metaclass's own dunders (docs/metaclasses.md).
  if (program_.classes[cls].builtin_base == "type") return metaclass_slots(cls);  // metaclasses.cpp
  FunctionState state{0, &symbols_->module(), sema::kModuleScope, {}, {}};
  FunctionState* outer = current_;
  current_ = &state;
  const types::ClassInfo& info = program_.classes[cls];
  std::string id = std::to_string(cls);
  std::string slots;
  // A class without instances (types/live_classes.cpp) has no object to
  // run its slots on; it keeps only those whose presence issubclass() tests
  // on the class itself (runtime/abc_registry.cpp).
  auto unreachable = [&](const std::string& slot) {
    return !info.live && slot != "hash" && slot != "iter" && slot != "next" && slot != "len" && slot != "call";
  };
  auto wrapper = [&](const std::string& slot, const std::string& signature, const std::string& object, const std::string& body) {
    if (unreachable(slot)) return;
    out_ += "static " + signature + " {\n  int32_t pos_ = 0; (void)pos_;\n  auto* self_ = rt::object_as<" + class_struct(cls) + ">(" +
            object + "); (void)self_;\n  " + body + "\n}\n";
    slots += ", ." + slot + " = slot_" + slot + id;
  };
  auto boxed = [&](const Typed& r) {
    if (kind_of(r.type) == Kind::None || kind_of(r.type) == Kind::Bottom) return "({ " + r.code + "; rt::Value::none(); })";
    return convert(r.code, r.type, types::kDyn, info.node);
  };
  auto returns = [&](const Typed& r) { return "return " + boxed(r) + ";"; };
  for (const char* dunder : {"__str__", "__repr__"}) {
    std::string name = dunder == std::string("__str__") ? "str" : "repr";
    std::string body = value_call(cls, dunder, {}, [&](const Typed& r) {
      if (kind_of(r.type) == Kind::Str) return "return " + r.code + ";";
      return "rt::Value r_ = " + boxed(r) + "; if (!rt::is_a(r_, rt::str_type)) rt::raise_bad_dunder_result(" + quoted(dunder) +
             ", \"string\", r_); return r_.as_str();";
    });
    if (!body.empty()) wrapper(name, "rt::Str slot_" + name + id + "(const rt::Object* o_)", "o_", body + "return rt::object_repr(o_);");
  }
  if (std::string body = value_call(cls, "__hash__", {}, [&](const Typed& r) {
        return "return rt::hash_result(" + convert(r.code, r.type, types::kInt, info.node) + ");";
      });
      !body.empty()) {
    wrapper("hash", "int64_t slot_hash" + id + "(const rt::Object* o_)", "o_", body + "return rt::hash(rt::Value::of_object(o_));");
  } else if (auto hash = find_class_attribute(cls, "__hash__");
             hash ? kind_of(hash->type) == Kind::None : find_class_attribute(cls, "__eq__").has_value()) {
    // `__hash__ = None`, or __eq__ without __hash__.
    slots += ", .hash = rt::unhashable";
  }
  auto truth = [&](const Typed& r) {
    return "{ rt::Value r_ = " + boxed(r) + "; if (!rt::is_not_implemented(r_)) return rt::truth(r_); }";
  };
  // __eq__'s result; a declining one is NotImplemented, and rt::equal
  // tries the other operand's, then identity.
  if (std::string body = value_call(cls, "__eq__", {"other_"}, returns); !body.empty())
    wrapper("richequal", "rt::Value slot_richequal" + id + "(const rt::Object* o_, rt::Value other_)", "o_",
            body + "return rt::not_implemented();");
  // Orderings: the dunder's result; a missing or declining one is
  // NotImplemented, and rt::rich_compare tries the other operand's reflection.
  std::string ordering;
  for (const char* op : {"lt", "le", "gt", "ge"}) {
    std::string body = value_call(cls, std::string("__") + op + "__", {"other_"}, returns);
    if (!body.empty()) ordering += "case rt::CompareOp::" + std::string(op) + ": { " + body + "break; } ";
  }
  if (!ordering.empty())
    wrapper("richcompare", "rt::Value slot_richcompare" + id + "(const rt::Object* o_, rt::Value other_, rt::CompareOp op_)", "o_",
            "switch (op_) { " + ordering + "default: break; } return rt::not_implemented();");
  std::string attributes = unreachable("getattr") ? "" : getattr_slot(cls);
  if (!attributes.empty())
    wrapper("getattr", "bool slot_getattr" + id + "(const rt::Object* o_, rt::Str name_, rt::Value* out_)", "o_",
            "std::string_view n_ = name_.view(); (void)n_; " + attributes +
                // An exception's own attributes (__cause__, args, ...) come after its class's.
                (is_exception_class(cls) ? "return rt::exception_getattr(o_, name_, out_);" : "return false;"));
  // A class's own __setattr__ (a frozen dataclass's) takes a store made on a
  // dyn value too; one with argument types the analysis never saw must not
  // bypass it by writing the field.
  std::string setattr_signature = "bool slot_setattr" + id + "(const rt::Object* o_, rt::Str name_, rt::Value value_)";
  if (std::optional<ClassAttribute> own = find_class_attribute(cls, "__setattr__"); own && kind_of(own->type) == Kind::Function)
    wrapper("setattr", setattr_signature, "o_",
            value_call(cls, "__setattr__", {"rt::box(name_)", "value_"},
                       [](const Typed& r) { return "(void)(" + r.code + "); return true;"; }) +
                "rt::raise(rt::exc::TypeError, \"ingot: a store into '" + info.name + "' the analysis did not see\");");
  else if (std::string stores = raw_setattr_body(cls); !stores.empty())
    wrapper("setattr", setattr_signature, "o_", stores);
  out_ += raw_setattr_definition(cls);
  if (std::string deletes = delattr_slot(cls); !deletes.empty())
    wrapper("delattr", "bool slot_delattr" + id + "(const rt::Object* o_, rt::Str name_)", "o_",
            "std::string_view n_ = name_.view(); (void)n_; " + deletes);
  std::string calls;
  for (size_t n = 0; n <= 4; ++n) {
    std::vector<std::string> args;
    for (size_t i = 0; i < n; ++i) args.push_back("args_[" + std::to_string(i) + "]");
    std::string body = value_call(cls, "__call__", args, returns);
    if (!body.empty()) calls += "if (args_.size() == " + std::to_string(n) + ") { " + body + "} ";
  }
  // A __call__ taking *args or **kwargs, or called on other argument types:
  // its boxed entry, through the method bound to the instance.
  std::string bound_call;
  if (auto method = find_class_attribute(cls, "__call__"); method && kind_of(method->type) == Kind::Function &&
                                                          program_.functions[program_.table.get(method->type).a].method_kind ==
                                                              types::MethodKind::Plain)
    bound_call = "return rt::call(rt::bind_method(rt::box(self_), " +
                 class_attribute_variable(method->owner, "__call__", instance_run(cls, "self_")) + "), args_);";
  if (!calls.empty() || !bound_call.empty())
    wrapper("call", "rt::Value slot_call" + id + "(const rt::Object* o_, std::span<const rt::Value> args_)", "o_",
            calls + (bound_call.empty() ? "rt::raise(rt::exc::TypeError, \"ingot: a call of '" + info.name + "' the analysis did not see\");"
                                        : bound_call));
  if (std::string body = value_call(cls, "__len__", {}, [&](const Typed& r) {
        return "return " + convert(r.code, r.type, types::kInt, info.node) + ".to_int64().value_or(INT64_MAX);";
      });
      !body.empty())
    wrapper("len", "int64_t slot_len" + id + "(const rt::Object* o_)", "o_", body + "return 0;");
  if (std::string body = value_call(cls, "__bool__", {}, truth); !body.empty())
    wrapper("truth", "bool slot_truth" + id + "(const rt::Object* o_)", "o_", body + "return true;");
  std::string unseen = "rt::raise(rt::exc::TypeError, \"ingot: an operation on '" + info.name + "' the analysis did not see\");";
  if (std::string body = value_call(cls, "__getitem__", {"key_"}, returns); !body.empty())
    wrapper("getitem", "rt::Value slot_getitem" + id + "(const rt::Object* o_, rt::Value key_)", "o_", body + unseen);
  if (std::string body = value_call(cls, "__setitem__", {"key_", "value_"}, [&](const Typed& r) { return r.code + "; return;"; });
      !body.empty())
    wrapper("setitem", "void slot_setitem" + id + "(const rt::Object* o_, rt::Value key_, rt::Value value_)", "o_", body + unseen);
  // A class that defines __iter__ or __next__ gets the slot even where no
  // call was seen: collections.abc's Iterable and Iterator ask for them.
  if (std::string body = value_call(cls, "__iter__", {}, returns); !body.empty() || find_class_attribute(cls, "__iter__"))
    wrapper("iter", "rt::Value slot_iter" + id + "(const rt::Object* o_)", "o_", body + unseen);
  if (std::string body = value_call(cls, "__next__", {}, [&](const Typed& r) { return "*out_ = " + boxed(r) + "; return true;"; });
      !body.empty() || find_class_attribute(cls, "__next__"))
    wrapper("next", "bool slot_next" + id + "(const rt::Object* o_, rt::Value* out_)", "o_",
            "try { " + body + "} catch (const rt::PyException& e_) { if (!e_.matches(rt::exc::StopIteration)) throw; return false; } " +
                unseen);
  std::string binary;
  for (int op = 0; op <= int(ast::Operator::FloorDiv); ++op) {
    std::string name(operator_name(ast::Operator(op)));
    auto set = [&](const Typed& r) { return "*out_ = " + boxed(r) + "; return !rt::is_not_implemented(*out_);"; };
    std::string forward = value_call(cls, "__" + name + "__", {"other_"}, set);
    std::string reflected = value_call(cls, "__r" + name + "__", {"other_"}, set);
    std::string inplace = value_call(cls, "__i" + name + "__", {"other_"}, set);
    std::string n = std::to_string(op);
    if (!forward.empty() || !reflected.empty())
      binary += "case " + n + ": if (reflected_) { " + reflected + "} else { " + forward + "} return false; ";
    if (!inplace.empty()) binary += "case " + std::to_string(op + 16) + ": { " + inplace + "} return false; ";
  }
  if (!binary.empty())
    wrapper("binary", "bool slot_binary" + id + "(int op_, rt::Value s_, rt::Value other_, bool reflected_, rt::Value* out_)",
            "s_.object()", "switch (op_) { " + binary + "default: return false; }");
  if (std::string body = value_call(cls, "__format__", {"spec_"}, [&](const Typed& r) {
        if (kind_of(r.type) == Kind::Str) return "return " + r.code + ";";
        return "rt::Value r_ = " + boxed(r) + "; if (!rt::is_a(r_, rt::str_type)) rt::raise_bad_format_result(r_); return r_.as_str();";
      });
      !body.empty())
    wrapper("format", "rt::Str slot_format" + id + "(const rt::Object* o_, rt::Value spec_)", "o_", body + unseen);
  current_ = outer;
  return slots;
}

// The getattr slot's tests: the instance's fields, then the class
// attributes along the MRO (methods bound to the instance).
std::string Emitter::getattr_slot(types::ClassId cls) {
  const types::ClassInfo& info = program_.classes[cls];
  // Names no class declares: the instance's dict (instance_dicts.cpp) first.
  std::string out = has_instance_dict(cls) ? "if (rt::instance_dict_get(self_->" + instance_dict_field() + ", name_, out_)) return true; " : "";
  std::set<std::string> names;
  for (types::ClassId k : info.mro) {
    for (const auto& [name, slot] : program_.classes[k].instance_attributes)
      if (slot.type != types::kBottom) names.insert(name);
    for (const auto& [name, slot] : program_.classes[k].class_attributes)
      if (slot.type != types::kBottom) names.insert(name);
  }
  std::vector<std::pair<std::string, std::string>> arms;  // name, its code
  bool binds = false;  // a plain method's arm sets m_
  for (const std::string& name : names) {
    std::string code;
    const types::Slot* field = instance_field(cls, name);
    std::optional<ClassAttribute> found = find_class_attribute(cls, name);
    if (found && kind_of(found->type) == Kind::Function) {
      const types::FunctionInfo& f = program_.functions[program_.table.get(found->type).a];
      std::string object = class_attribute_variable(found->owner, name, instance_run(cls, "self_"));
      if (f.method_kind == types::MethodKind::Plain) {
        // Bound after the switch: each case only picks the function.
        code = "m_ = " + object + "; break; ";
        binds = true;
      } else if (f.method_kind == types::MethodKind::Static) {
        code = "*out_ = rt::box(" + object + "); return true; ";
      } else if (f.method_kind == types::MethodKind::Property && dunder_spec(cls, name, 0) != types::kNoSpec) {
        Typed r = call_method(info.node, cls, "self_", *found, CallArguments{}, {});
        code = "*out_ = " + convert(r.code, r.type, types::kDyn, info.node) + "; return true; ";
      } else {
        continue;
      }
    } else if (found && descriptor_class(found->type, "__get__") != types::kNoClass) {
      code = descriptor_getattr(cls, name, *found);  // descriptors.cpp
      if (code.empty()) continue;
    } else {
      if (field)
        code += "if (" + field_is_set("self_", cls, name) + ") { *out_ = " + convert("self_->f_" + mangle(name), field->type, types::kDyn, info.node) +
                "; return true; } ";
      types::TypeId self = const_cast<types::TypeTable&>(program_.table).instance_of(cls);
      for (types::ClassId k : info.mro) {
        types::TypeId type = class_attribute_type(k, name);
        if (type == types::kBottom || !representable(type)) continue;
        std::string variable = class_attribute_variable(k, name, instance_run(cls, "self_"));
        // A def among others, or a Value (a decorator's wrapper), binds as a function would.
        std::string bound = bound_class_attribute(type, variable, "self_", self, info.node);  // bound_methods.cpp
        code += "if (b" + variable + ") { *out_ = " + (bound.empty() ? convert(variable, type, types::kDyn, info.node) : bound) +
                "; return true; } ";
      }
    }
    if (!code.empty()) arms.emplace_back(name, code);
  }
  for (std::string_view special : {"__dict__", "__module__", "__doc__"})
    if (!names.count(std::string(special)))
      if (Typed v = instance_special_attribute(cls, "self_", special, info.node); !v.code.empty())
        arms.emplace_back(special, "*out_ = " + convert(v.code, v.type, types::kDyn, info.node) + "; return true; ");
  arms.emplace_back("__class__", "*out_ = rt::box(" + class_object(cls, instance_run(cls, "self_"), info.node) + "); return true; ");
  if (!binds) return out + name_switch("n_", arms);
  return out + "const rt::FunctionObject* m_ = nullptr; " + name_switch("n_", arms) +
         "if (m_) { *out_ = rt::bind_method(rt::box(self_), m_); return true; } ";
}

// `C.name` on the class as a Value (its ClassObject's getattr,
// runtime/instance.h: `'{.x}'.format(C)`, getattr(cls, name)): the class
// attributes along the MRO, a method as its function, a property as its
// property object. Writes the function; its name, or "nullptr" for a class
// without attributes. Class methods (bound to the class) are not found yet.
std::string Emitter::class_object_getattr(types::ClassId cls) {
  FunctionState state{0, &symbols_->module(), sema::kModuleScope, {}, {}};
  FunctionState* outer = current_;
  current_ = &state;
  const types::ClassInfo& info = program_.classes[cls];
  std::set<std::string> names;
  for (types::ClassId k : info.mro)
    for (const auto& [name, slot] : program_.classes[k].class_attributes)
      if (slot.type != types::kBottom) names.insert(name);
  std::vector<std::pair<std::string, std::string>> arms;  // name, its code
  for (const std::string& name : names) {
    std::string code;
    for (types::ClassId k : info.mro) {
      types::TypeId type = class_attribute_type(k, name);
      if (type == types::kBottom || !representable(type)) continue;
      std::string variable = class_attribute_variable(k, name, per_run(cls) ? "cr_" : "");  // a run's own (run_classes.cpp)
      std::string value = convert(variable, type, types::kDyn, info.node);
      if (kind_of(type) == Kind::Function) {
        types::MethodKind method = program_.functions[program_.table.get(type).a].method_kind;
        if (method == types::MethodKind::ClassMethod) break;
        if (method == types::MethodKind::Property) value = property_object(k, name, variable, type, per_run(cls) ? "cr_" : "");
      }
      code += "if (b" + variable + ") { *out_ = " + value + "; return true; } ";
    }
    if (!code.empty()) arms.emplace_back(name, code);
  }
  current_ = outer;
  if (per_run(cls)) {  // declared with the run's struct: its RunClass::attributes
    out_ += "static bool run_getattr" + std::to_string(cls) + "(const rt::ClassObject* cr_, rt::Str name_, rt::Value* out_) {\n  " +
            "(void)cr_; int32_t pos_ = 0; (void)pos_;\n  std::string_view n_ = name_.view(); (void)n_; " + name_switch("n_", arms) + "return false;\n}\n";
    return "&run_getattr" + std::to_string(cls);
  }
  if (arms.empty()) return "nullptr";
  std::string function = "class_getattr" + std::to_string(cls);
  out_ += "static bool " + function + "(rt::Str name_, rt::Value* out_) {\n  int32_t pos_ = 0; (void)pos_;\n  " +
          "std::string_view n_ = name_.view(); " + name_switch("n_", arms) + "return false;\n}\n";
  return "&" + function;
}

// `C(...)` on the class as a Value (the type slot's call, runtime/instance.h):
// for the classes whose construction binds at run time without the
// analysis, an exception class taking BaseException's positional arguments
// (`raise cls(detail)` with cls from a table of classes). Writes the
// function; its name, or "nullptr" (not callable from dynamic code yet).
std::string Emitter::class_object_construct(types::ClassId cls) {
  const types::ClassInfo& info = program_.classes[cls];
  if (info.escaped && metaclass_attribute(cls, "__call__"))  // metaclasses.cpp: a dyn call would pass it by
    unsupported(info.node, "a class whose metaclass defines __call__ called through a dynamic value");
  if (info.unknown_base || find_class_attribute(cls, "__new__") || find_class_attribute(cls, "_ingot_new_")) return "nullptr";
  std::optional<ClassAttribute> init = find_class_attribute(cls, "__init__");
  if (!is_exception_class(cls) || init) return escaped_class_construct(cls, init);
  std::string function = "class_construct" + std::to_string(cls);
  out_ += "static rt::Value " + function + "(const rt::CallArgs& args_) {\n  " + abstract_instantiation(cls) +
          "if (!args_.keywords.empty()) rt::raise(rt::exc::TypeError, " + quoted(info.name + "() takes no keyword arguments") +
          ");\n  auto* self_ = rt::new_instance<" + class_struct(cls) +
          ">();\n  rt::set_exception_args_from(self_, {args_.values, args_.positional});\n  return rt::box(self_);\n}\n";
  return "&" + function;
}

// The construct entry of a class whose object escaped to dyn (the
// analysis' ClassInfo::escaped: `registry[name](**options)`): a fresh
// instance, then its __init__ bound to the arguments at run time through
// the dyn specialisation the escape asked for; without __init__, object's,
// which takes no arguments. "nullptr" for other classes.
std::string Emitter::escaped_class_construct(types::ClassId cls, const std::optional<ClassAttribute>& init) {
  const types::ClassInfo& info = program_.classes[cls];
  if (!info.escaped || per_run(cls)) return "nullptr";
  std::string self = "auto* self_ = rt::new_instance<" + class_struct(cls) + ">();\n  ";
  std::string body;
  if (init) {
    const types::Type& f = program_.table.get(init->type);
    if (f.kind != Kind::Function || program_.functions[f.a].dyn_spec == types::kNoSpec ||
        !program_.spec(program_.functions[f.a].dyn_spec).live)
      return "nullptr";
    body = self + "rt::call_args(rt::bind_method(rt::box(self_), " + class_attribute_variable(init->owner, "__init__") +
           "), args_);\n  ";
  } else if (info.builtin_base.empty()) {
    body = "if (args_.positional + args_.keywords.size() != 0) rt::raise(rt::exc::TypeError, " +
           quoted(info.name + "() takes no arguments") + ");\n  " + self;
  } else {
    return "nullptr";
  }
  std::string function = "class_construct" + std::to_string(cls);
  out_ += "static rt::Value " + function + "(const rt::CallArgs& args_) {\n  " + abstract_instantiation(cls) + body +
          "return rt::box(self_);\n}\n";
  return "&" + function;
}

// A C++ test that the Value `value` holds a `type`; "" when no cheap test
// exists.
std::string Emitter::value_test(const std::string& value, types::TypeId type) const {
  const types::Type& t = program_.table.get(type);
  switch (t.kind) {
    case Kind::Dyn: return "true";
    case Kind::Instance:
      if (t.b) return "(!" + value + ".is_small_int() && rt::isinstance(" + value + ".object(), " + class_struct(t.a) + "::type))";
      return "(!" + value + ".is_small_int() && " + value + ".object()->type == &" + class_struct(t.a) + "::type)";
    case Kind::Int: return "(" + value + ".is_small_int() || rt::is_a(" + value + ", rt::int_type))";
    case Kind::Str: return "rt::is_a(" + value + ", rt::str_type)";
    case Kind::Float: return "rt::is_a(" + value + ", rt::float_type)";
    case Kind::Union: {
      std::string out;
      for (types::TypeId m : program_.table.members(type)) {
        if (kind_of(m) == Kind::None) {
          out += (out.empty() ? "" : " || ") + value + ".is_none()";
          continue;
        }
        std::string test = value_test(value, m);
        if (test.empty()) return "";
        out += (out.empty() ? "" : " || ") + test;
      }
      return "(" + out + ")";
    }
    default: return "";
  }
}

bool Emitter::is_not_implemented(types::TypeId type) const {
  const types::Type& t = program_.table.get(type);
  return t.kind == Kind::Builtin && types::builtin_name(t.a) == "NotImplemented";
}

bool Emitter::may_be_not_implemented(types::TypeId type) const {
  for (types::TypeId m : program_.table.members(type))
    if (is_not_implemented(m)) return true;
  return kind_of(type) == Kind::Dyn;
}

// --- Typed operations on instances -------------------------------------------

bool Emitter::has_instances(types::TypeId type) const {
  bool others = false;
  return !receiver_classes(type, &others).empty();
}

// `receiver.dunder(arguments)` where the receiver may be an instance;
// `missing` is the code for a class without the dunder (and for union
// members that are not instances): it sees the receiver as `dso_`.
std::string Emitter::dunder_call(const ast::Node* where, types::TypeId receiver_type, const std::string& receiver,
                                 std::string_view dunder, const std::vector<Typed>& arguments, types::TypeId result,
                                 const std::function<Typed(const std::string&)>& missing) {
  return dispatch(
      where, receiver_type, receiver, result,
      [&](types::ClassId k, const std::string& self) -> Typed {
        std::optional<ClassAttribute> found = find_class_attribute(k, dunder);
        if (!found || kind_of(found->type) != Kind::Function) return missing("self_");
        Typed r = call_method_values(where, k, self, *found, arguments);
        if (!may_be_not_implemented(r.type)) return r;
        // NotImplemented hands over to `missing` (the reflected dunder).
        Typed other = missing("self_");
        std::string alternative = kind_of(other.type) == Kind::Bottom || kind_of(other.type) == Kind::None
                                      ? "(" + other.code + ", rt::Value())"
                                      : convert(other.code, other.type, types::kDyn, where);
        return {"({ rt::Value nr_ = " + convert(r.code, r.type, types::kDyn, where) + "; rt::is_not_implemented(nr_) ? " +
                    alternative + " : nr_; })",
                types::kDyn};
      },
      missing);
}

std::string Emitter::instance_binary(const ast::Node* where, ast::Operator op, types::TypeId left_type,
                                     const std::string& left, types::TypeId right_type, const std::string& right,
                                     types::TypeId result) {
  if (!has_instances(left_type) && !has_instances(right_type)) return "";
  // `'%s' % obj`: str's own % formats any object (strings.cpp).
  if (op == ast::Operator::Mod && (kind_of(left_type) == Kind::Str || types::is_bytes_like(kind_of(left_type)))) return "";
  std::string name(operator_name(op));
  bool inplace = where->kind == ast::Kind::AugAssign;
  OperatorDunders dunders{"__" + name + "__", "__r" + name + "__", inplace ? "__i" + name + "__" : "",
                          std::string(operator_text(op)) + (inplace ? "=" : "")};
  std::string dynamic = "rt::binary(rt::BinaryOp(" + std::to_string(int(op)) + "), " + box_value("l_", left_type) + ", " +
                        box_value("r_", right_type) + ")";
  return instance_operator(where, dunders, left_type, left, right_type, right, result, dynamic);
}

// An operator with an instance operand: the in-place dunder (if any), the
// forward one, then the right operand's reflected one, else TypeError (or
// `dynamic`, the run-time operation on l_ and r_, where a Value is involved).
std::string Emitter::instance_operator(const ast::Node* where, const OperatorDunders& dunders, types::TypeId left_type,
                                       const std::string& left, types::TypeId right_type, const std::string& right,
                                       types::TypeId result, const std::string& dynamic) {
  Typed raise{"rt::raise(rt::exc::TypeError, std::string(\"unsupported operand type(s) for " + dunders.text +
                  ": '\") + std::string(rt::type_name(" + box_value("l_", left_type) + ")) + \"' and '\" + std::string(rt::type_name(" +
                  box_value("r_", right_type) + ")) + \"'\")",
              types::kBottom};
  // str, list and tuple concatenate only their own kind (their sq_concat's message).
  Kind concatenated = kind_of(left_type);
  if (dunders.forward == "__add__" && (concatenated == Kind::Str || concatenated == Kind::List ||
                                       concatenated == Kind::Tuple || concatenated == Kind::TupleOf)) {
    std::string name = concatenated == Kind::Str ? "str" : concatenated == Kind::List ? "list" : "tuple";
    raise.code = "rt::raise(rt::exc::TypeError, std::string(\"can only concatenate " + name + " (not \\\"\") + std::string(rt::type_name(" +
                 box_value("r_", right_type) + ")) + \"\\\") to " + name + "\")";
  }
  if (dunders.forward == "__mul__")  // index_protocol.cpp
    if (auto repeated = repetition(where, left_type, "l_", right_type, "r_", result)) raise = *repeated;
  // The reflected dunder of the right operand, else TypeError.
  bool values = is_value(left_type) || is_value(right_type);
  auto reflected = [&](const std::string&) -> Typed {
    if (!has_instances(right_type) || left_type == right_type) {
      if (values && dynamic.empty()) unsupported(where, "this operation on a value of unknown type");
      return values ? Typed{dynamic, types::kDyn} : raise;
    }
    // A right Value that holds no instance (`2 + x`, x an int or an M):
    // the run-time operation.
    return {dunder_call(where, right_type, "r_", dunders.reflected, {Typed{"l_", left_type}}, result,
                        [&](const std::string&) { return values && !dynamic.empty() ? Typed{dynamic, types::kDyn} : raise; }),
            result};
  };
  std::string code;
  if (has_instances(left_type)) {
    auto binary = [&]() {
      std::string forward = dunder_call(where, left_type, "l_", dunders.forward, {Typed{"r_", right_type}}, result, reflected);
      return subclass_first(where, left_type, right_type, dunders.reflected, true, result, forward);
    };
    code = dunders.inplace.empty()
               ? binary()
               : dunder_call(where, left_type, "l_", dunders.inplace, {Typed{"r_", right_type}}, result,
                             [&](const std::string&) -> Typed { return {binary(), result}; });
  } else {
    code = reflected("").code;
  }
  return sequenced(binary_position(where),
                   {{cxx_type(left_type, where) + " l_", left}, {cxx_type(right_type, where) + " r_", right}}, code);
}

// CPython tries the right operand's reflected dunder before `code` (the
// left's dunder and what follows it) when the right operand's class is a
// proper subclass of the left's: for an operator only if the subclass
// overrides the reflected dunder, for a comparison whenever it has one.
std::string Emitter::subclass_first(const ast::Node* where, types::TypeId left_type, types::TypeId right_type,
                                    std::string_view reflected, bool overridden, types::TypeId result, const std::string& code) {
  bool others = false;
  std::string test;
  std::vector<types::ClassId> rights = receiver_classes(right_type, &others);
  for (types::ClassId k : receiver_classes(left_type, &others))
    for (types::ClassId j : rights) {
      const auto& mro = program_.classes[j].mro;
      if (j == k || std::find(mro.begin(), mro.end(), k) == mro.end()) continue;
      std::optional<ClassAttribute> mine = find_class_attribute(j, reflected);
      // `!=`: a class without __ne__ answers by object's, from its __eq__.
      if ((!mine || kind_of(mine->type) != Kind::Function) && reflected == "__ne__") mine = find_class_attribute(j, "__eq__");
      if (!mine || kind_of(mine->type) != Kind::Function) continue;
      std::optional<ClassAttribute> theirs = find_class_attribute(k, reflected);
      if (overridden && theirs && theirs->owner == mine->owner) continue;
      test += (test.empty() ? "" : " || ") + std::string("(lt_ == &") + class_struct(k) + "::type && rt_ == &" +
              class_struct(j) + "::type)";
    }
  if (test.empty() || kind_of(result) == Kind::Bottom) return code;
  auto declined = [](const std::string&) { return Typed{"rt::not_implemented()", types::kDyn}; };
  // object.__ne__: the negation of __eq__, unless that declines.
  auto negated_eq = [&](const std::string&) -> Typed {
    std::string eq = dunder_call(where, right_type, "r_", "__eq__", {Typed{"l_", left_type}}, types::kDyn, declined);
    return {"({ rt::Value e_ = " + eq + "; rt::is_not_implemented(e_) ? e_ : rt::Value::of_bool(!rt::truth(e_)); })", types::kDyn};
  };
  std::string first = reflected == "__ne__"
                          ? dunder_call(where, right_type, "r_", reflected, {Typed{"l_", left_type}}, types::kDyn, negated_eq)
                          : dunder_call(where, right_type, "r_", reflected, {Typed{"l_", left_type}}, types::kDyn, declined);
  std::string out = "({ const rt::TypeObject* lt_ = &" + box_value("l_", left_type) + ".type(); const rt::TypeObject* rt_ = &" +
                    box_value("r_", right_type) + ".type(); rt::Value rf_ = " + test + " ? " + first +
                    " : rt::not_implemented(); rt::is_not_implemented(rf_) ? " + convert(code, result, types::kDyn, where) +
                    " : rf_; })";
  return convert(out, types::kDyn, result, where);
}

std::string Emitter::instance_compare(const ast::Node* where, ast::CmpOperator op, types::TypeId left_type,
                                      const std::string& left, types::TypeId right_type, const std::string& right) {
  if (!has_instances(left_type) && !has_instances(right_type)) return "";
  int index = int(op);
  if ((op == ast::CmpOperator::In || op == ast::CmpOperator::NotIn) && has_instances(right_type) && !is_value(right_type)) {
    // x in obj: __contains__, else iteration (the dynamic path).
    std::string code = dunder_call(where, right_type, "r_", "__contains__", {Typed{"l_", left_type}}, types::kBool,
                                   [&](const std::string&) -> Typed {
                                     // Iteration: typed where the class iterates (class_iteration.cpp).
                                     if (kind_of(right_type) == Kind::Instance && instance_item_type(program_.table.get(right_type).a))
                                       return {"rt::contains_value(r_, " + box_value("l_", left_type) + ")", types::kBool};
                                     return {"rt::contains(" + box_value("r_", right_type) + ", " + box_value("l_", left_type) + ")",
                                             types::kBool};
                                   });
    return std::string(op == ast::CmpOperator::NotIn ? "!" : "") +
           sequenced(position(where), {{cxx_type(left_type, where) + " l_", left}, {cxx_type(right_type, where) + " r_", right}},
                     "rt::truth(rt::box(" + code + "))");
  }
  if (index > int(ast::CmpOperator::GtE)) return "";  // is, in: elsewhere
  static const char* const kOps[] = {"", "", "lt", "le", "gt", "ge"};  // rt::CompareOp
  auto boxed_compare = [&]() -> Typed {
    std::string l = box_value("l_", left_type), r = box_value("r_", right_type);
    switch (op) {
      case ast::CmpOperator::Eq: return {"rt::equal(" + l + ", " + r + ")", types::kBool};
      case ast::CmpOperator::NotEq: return {"!rt::equal(" + l + ", " + r + ")", types::kBool};
      default: return {"rt::rich_compare(" + l + ", " + r + ", rt::CompareOp::" + kOps[index] + ")", types::kBool};
    }
  };
  // Both sides declined (NotImplemented, or no dunder): == and != compare
  // identities, an ordering raises TypeError. A Value operand may hold
  // anything: the run-time comparison decides.
  auto declined = [&]() -> Typed {
    if (is_value(left_type) || is_value(right_type)) return boxed_compare();
    std::string l = box_value("l_", left_type), r = box_value("r_", right_type);
    if (op == ast::CmpOperator::Eq) return {l + ".is(" + r + ")", types::kBool};
    if (op == ast::CmpOperator::NotEq) return {"!" + l + ".is(" + r + ")", types::kBool};
    return {"rt::raise(rt::exc::TypeError, std::string(\"'\") + rt::compare_op_text(rt::CompareOp::" +
                std::string(kOps[index]) + ") + \"' not supported between instances of '\" + std::string(rt::type_name(" + l +
                ")) + \"' and '\" + std::string(rt::type_name(" + r + ")) + \"'\")",
            types::kBottom};
  };
  // __ne__ defaults to the negation of __eq__, unless that declines: the
  // operand's __eq__, its NotImplemented handing over to `otherwise`.
  auto negated_eq = [&](types::TypeId self_type, const char* self, types::TypeId other_type, const char* other,
                        const std::function<Typed()>& otherwise) -> Typed {
    // The `!` applies to the fallback too: it is negated beforehand.
    return {"!" + dunder_call(where, self_type, self, "__eq__", {Typed{other, other_type}}, types::kBool,
                              [&](const std::string&) -> Typed {
                                Typed t = otherwise();
                                return {"!" + convert(t.code, t.type, types::kBool, where), types::kBool};
                              }),
            types::kBool};
  };
  auto reflected = [&](const std::string&) -> Typed {
    if (!has_instances(right_type)) return declined();
    return {dunder_call(where, right_type, "r_", kCompareDunders[kReflected[index]], {Typed{"l_", left_type}}, types::kBool,
                        [&](const std::string&) -> Typed {
                          if (op == ast::CmpOperator::NotEq) return negated_eq(right_type, "r_", left_type, "l_", declined);
                          return declined();
                        }),
            types::kBool};
  };
  std::string code;
  if (has_instances(left_type)) {
    code = dunder_call(where, left_type, "l_", kCompareDunders[index], {Typed{"r_", right_type}}, types::kBool,
                       [&](const std::string& self) -> Typed {
                         if (op == ast::CmpOperator::NotEq)
                           return negated_eq(left_type, "l_", right_type, "r_", [&] { return reflected(self); });
                         return reflected(self);
                       });
    code = subclass_first(where, left_type, right_type, kCompareDunders[kReflected[index]], false, types::kBool, code);
  } else {
    code = reflected("").code;
  }
  return sequenced(position(where), {{cxx_type(left_type, where) + " l_", left}, {cxx_type(right_type, where) + " r_", right}},
                   code);
}

std::string Emitter::instance_truth(types::TypeId type, const std::string& value, const ast::Node* where) {
  if (!has_instances(type) || is_value(type)) return "";
  return dunder_call(where, type, value, "__bool__", {}, types::kBool, [&](const std::string&) -> Typed {
    return {"bool(" + dunder_call(where, type, "dso_", "__len__", {}, types::kInt,
                                  [&](const std::string&) { return Typed{"rt::Int(1)", types::kInt}; }) + ")",
            types::kBool};
  });
}

std::string Emitter::instance_len(const ast::Call* c) {
  if (c->args.size() != 1 || !has_instances(type_of(c->args[0])) || is_value(type_of(c->args[0]))) return "";
  types::TypeId type = type_of(c->args[0]);
  std::string code = dunder_call(c, type, expression(c->args[0]), "__len__", {}, types::kInt, [&](const std::string&) -> Typed {
    return {"rt::raise(rt::exc::TypeError, \"object of type '\" + std::string(rt::type_name(" + box_value("dso_", type) +
                ")) + \"' has no len()\")",
            types::kBottom};
  });
  return sequenced(position(c), {}, code);
}

std::string Emitter::instance_unary(const ast::UnaryOp* u) {
  types::TypeId type = type_of(u->operand);
  if (u->op == ast::UnaryOperator::Not || !has_instances(type) || is_value(type)) return "";
  const char* dunder = u->op == ast::UnaryOperator::USub ? "__neg__" : u->op == ast::UnaryOperator::UAdd ? "__pos__" : "__invert__";
  const char* text = u->op == ast::UnaryOperator::USub ? "-" : u->op == ast::UnaryOperator::UAdd ? "+" : "~";
  std::string code = dunder_call(u, type, expression(u->operand), dunder, {}, type_of(u), [&](const std::string&) -> Typed {
    return {"rt::raise(rt::exc::TypeError, std::string(\"bad operand type for unary " + std::string(text) + ": '\") + std::string(rt::type_name(" +
                box_value("dso_", type) + ")) + \"'\")",
            types::kBottom};
  });
  return sequenced(position(u), {}, code);
}

// The slice object an instance's __getitem__ receives for `obj[a:b:c]`:
// the bounds boxed as they are (None where absent), in order.
std::string Emitter::slice_object(const ast::Slice* s) {
  std::vector<std::pair<std::string, std::string>> operands;
  std::string bounds;
  for (const ast::Expr* bound : {s->lower, s->upper, s->step}) {
    std::string name = "sb" + std::to_string(operands.size()) + "_";
    operands.emplace_back("rt::Value " + name, bound ? box_value(expression(bound), type_of(bound)) : "rt::Value::none()");
    bounds += (bounds.empty() ? "" : ", ") + name;
  }
  return sequenced(-1, operands, "rt::Slice{" + bounds + "}");
}

std::string Emitter::instance_subscript(const ast::Subscript* s, const std::string* value, types::TypeId value_type) {
  types::TypeId type = type_of(s->value);
  if (!has_instances(type) || is_value(type)) return "";
  types::TypeId key = type_of(s->slice);
  std::vector<std::pair<std::string, std::string>> operands;
  if (value) operands.emplace_back(cxx_type(value_type, s) + " sv_", *value);
  operands.emplace_back(cxx_type(type, s) + " so_", expression(s->value));
  operands.emplace_back(cxx_type(key, s) + " sk_", expression(s->slice));
  std::vector<Typed> arguments{{"sk_", key}};
  if (value) arguments.push_back({"sv_", value_type});
  std::string what = value ? "' object does not support item assignment" : "' object is not subscriptable";
  std::string code = dunder_call(s, type, "so_", value ? "__setitem__" : "__getitem__", arguments, value ? types::kNone : type_of(s),
                                 [&](const std::string&) -> Typed {
                                   return {"rt::raise(rt::exc::TypeError, \"'\" + std::string(rt::type_name(" + box_value("so_", type) +
                                               ")) + \"" + what + "\")",
                                           types::kBottom};
                                 });
  return sequenced(position(s), operands, code);
}

void Emitter::instance_aug_assign_subscript(const ast::AugAssign* a, const ast::Subscript* s) {
  types::TypeId type = type_of(s->value), key = type_of(s->slice), item = type_of(s);
  types::TypeId stored = program_.type_of(current_->spec, a);
  auto missing = [&](const char* what) {
    return [this, type, what](const std::string&) -> Typed {
      return {"rt::raise(rt::exc::TypeError, \"'\" + std::string(rt::type_name(" + box_value("so_", type) + ")) + \"" + what +
                  "\")",
              types::kBottom};
    };
  };
  // The object and the key once: read, operate, store back, as CPython does.
  line("{");
  ++indent_;
  line(cxx_type(type, s) + " so_ = " + expression(s->value) + ";");
  line(cxx_type(key, s) + " sk_ = " + expression(s->slice) + ";");
  line(cxx_type(item, s) + " si_ = " +
       sequenced(position(s), {}, dunder_call(s, type, "so_", "__getitem__", {{"sk_", key}}, item, missing("' object is not subscriptable"))) +
       ";");
  std::string operand = expression(a->value);
  auto in_place = container_augmented(a, a->op, item, "si_", type_of(a->value), operand);
  line(cxx_type(stored, a) + " sv_ = " + (in_place ? *in_place : binary_op(a, a->op, item, "si_", type_of(a->value), operand, stored)) + ";");
  line(sequenced(position(s), {},
                 dunder_call(s, type, "so_", "__setitem__", {{"sk_", key}, {"sv_", stored}}, types::kNone,
                             missing("' object does not support item assignment"))) +
       ";");
  --indent_;
  line("}");
}

std::string Emitter::instance_delete_item(const ast::Subscript* s) {
  types::TypeId type = type_of(s->value);
  if (!has_instances(type) || is_value(type)) return "";
  if (s->slice->kind == ast::Kind::Slice) unsupported(s, "deleting a slice of an instance");
  types::TypeId key = type_of(s->slice);
  std::string code = dunder_call(s, type, "so_", "__delitem__", {{"sk_", key}}, types::kNone, [&](const std::string&) -> Typed {
    return {"rt::raise(rt::exc::TypeError, \"'\" + std::string(rt::type_name(" + box_value("so_", type) +
                ")) + \"' object does not support item deletion\")",
            types::kBottom};
  });
  return sequenced(position(s), {{cxx_type(type, s) + " so_", expression(s->value)}, {cxx_type(key, s) + " sk_", expression(s->slice)}},
                   code);
}

Emitter::Typed Emitter::call_method_values(const ast::Node* where, types::ClassId cls, const std::string& self,
                                           const ClassAttribute& method, const std::vector<Typed>& values) {
  // Values already evaluated bind as leading arguments, after self.
  return call_method(where, cls, self, method, CallArguments{}, {}, values);
}

}  // namespace ingot::codegen
