// Metaclasses (docs/metaclasses.md; the analysis: types/metaclasses.cpp).
//
// A class B with `metaclass=Meta` (Meta one of the program's classes
// deriving from type) is compiled as any class; its class object's header
// names Meta's type object, so type(B) is Meta and isinstance(B, Meta)
// hold at run time as well. A read of B.name that B's MRO lacks is Meta's
// attribute bound to B's class object (a method is called with it as its
// first argument, as a classmethod of B would be), and Meta.__init__ runs
// on the class object after the body, as type.__call__ does in CPython.
#include <algorithm>

#include "codegen/emitter.h"
#include "types/metaclass_new.h"

namespace ingot::codegen {

using types::Kind;

std::optional<Emitter::ClassAttribute> Emitter::metaclass_attribute(types::ClassId cls, std::string_view name) const {
  types::ClassId meta = program_.classes[cls].metaclass;
  return meta == types::kNoClass ? std::nullopt : find_class_attribute(meta, name);
}

// B.name found on the metaclass: `object` is B's class object.
Emitter::Typed Emitter::metaclass_read(const ast::Node* where, types::ClassId cls, const std::string& object,
                                       std::string_view name, types::TypeId result) {
  types::ClassId meta = program_.classes[cls].metaclass;
  if (name == "__class__") {
    std::string code = "((void)" + object + ", " + class_object(meta, "", where) + ")";
    return {convert(code, find_type(Kind::Class, meta), result, where), result};
  }
  ClassAttribute found = *metaclass_attribute(cls, name);
  std::string variable = class_attribute_variable(found.owner, name);
  types::TypeId receiver = find_type(Kind::Class, cls);
  if (kind_of(found.type) == Kind::Function) {
    switch (program_.functions[program_.table.get(found.type).a].method_kind) {
      case types::MethodKind::Plain:
        return method_value(found.type, object, receiver, variable, result, where);  // bound_methods.cpp
      case types::MethodKind::Property: {
        Typed got = invoke(where, found.type, variable, CallArguments{}, {}, {{object, receiver}});
        return {convert(got.code, got.type, result, where), result};
      }
      case types::MethodKind::Static: break;
      default: unsupported(where, "this kind of metaclass method read through a class");
    }
  }
  if (!representable(found.type)) unsupported(where, "a metaclass attribute of type '" + program_.table.format(found.type) + "'");
  return {"({ (void)" + object + "; if (!b" + variable + ") rt::raise_no_class_attribute(" + class_struct(cls) + "::type, " +
              quoted(name) + "); " + convert(variable, found.type, result, where) + "; })",
          result};
}

// B.method(...) for a plain method of B's metaclass: its self is B.
std::string Emitter::metaclass_method_call(const ast::Call* c, const ast::Attribute* method, types::ClassId cls) {
  std::optional<ClassAttribute> found = metaclass_attribute(cls, method->attr);
  if (!found || kind_of(found->type) != Kind::Function ||
      program_.functions[program_.table.get(found->type).a].method_kind != types::MethodKind::Plain)
    return "";
  CallArguments arguments = call_arguments(c);
  std::vector<std::pair<std::string, std::string>> operands{{"auto cv_", expression(method->value)}};
  std::vector<Typed> values = evaluate_arguments(arguments, operands);
  Typed called = invoke(c, found->type, class_attribute_variable(found->owner, method->attr), arguments, values,
                        {{"cv_", find_type(Kind::Class, cls)}});
  return finish_call(c, sequenced(position(c), operands, "(void)cv_; " + called.code), called.type);
}

// C(...) where C's metaclass defines __call__ (`class_value` the class
// object, "" for its static one): Meta.__call__(C, ...) gives the value;
// "" where type's call constructs C.
std::string Emitter::metaclass_call(const ast::Call* c, types::ClassId cls, const std::string& class_value) {
  if (!metaclass_attribute(cls, "__call__")) return "";
  CallArguments arguments = call_arguments(c);
  std::vector<std::pair<std::string, std::string>> operands{
      {"const rt::ClassObject* cv_", class_value.empty() ? class_object(cls, "", c) : class_value}};
  std::vector<Typed> values = evaluate_arguments(arguments, operands);
  Typed called = *metaclass_invoke(c, cls, "cv_", arguments, values, {});
  return finish_call(c, sequenced(position(c), operands, called.code), called.type);
}

// The call of class `cls` (`object`, any value holding it) with evaluated
// arguments through its metaclass's __call__; nullopt where it has none.
std::optional<Emitter::Typed> Emitter::metaclass_invoke(const ast::Node* where, types::ClassId cls, const std::string& object,
                                                        const CallArguments& arguments, const std::vector<Typed>& values,
                                                        const std::vector<Typed>& lead) {
  std::optional<ClassAttribute> found = metaclass_attribute(cls, "__call__");
  if (!found) return std::nullopt;
  if (kind_of(found->type) != Kind::Function ||
      program_.functions[program_.table.get(found->type).a].method_kind != types::MethodKind::Plain)
    unsupported(where, "a metaclass __call__ that is not a plain def");
  std::vector<Typed> leading{{"((void)" + object + ", " + class_object(cls, "", where) + ")", find_type(Kind::Class, cls)}};
  leading.insert(leading.end(), lead.begin(), lead.end());
  return invoke(where, found->type, class_attribute_variable(found->owner, "__call__"), arguments, values, leading);
}

// super().name(...) in a method of metaclass `after` called on class
// `cls` (`self` its class object): the next metaclass's method along cls's
// metaclass's MRO, else type's __init__, which checks its argument count.
std::string Emitter::metaclass_super_call(const ast::Call* c, const ast::Attribute* method, types::ClassId after,
                                          const std::string& self, types::ClassId cls,
                                          std::vector<std::pair<std::string, std::string>> operands) {
  CallArguments arguments = call_arguments(c);
  std::vector<Typed> values = evaluate_arguments(arguments, operands);
  const auto& mro = program_.classes[program_.classes[cls].metaclass].mro;
  auto it = std::find(mro.begin(), mro.end(), after);
  for (it = it == mro.end() ? it : it + 1; it != mro.end(); ++it) {
    types::TypeId type = class_attribute_type(*it, method->attr);
    if (type == types::kBottom) continue;
    if (kind_of(type) != Kind::Function) unsupported(c, "super()." + std::string(method->attr) + " of a metaclass attribute that is not a def");
    // __new__ is a staticmethod: its mcls is among the arguments.
    bool bound = program_.functions[program_.table.get(type).a].method_kind != types::MethodKind::Static;
    std::vector<Typed> lead;
    if (bound) lead.push_back({self, find_type(Kind::Class, cls)});
    Typed called = invoke(c, type, class_attribute_variable(*it, method->attr), arguments, values, lead);
    return finish_call(c, sequenced(position(c), operands, called.code), called.type);
  }
  if (method->attr == "__new__") {
    if (!std::all_of(arguments.keywords.begin(), arguments.keywords.end(), [](std::string_view k) { return k.empty(); }))
      unsupported(c, "keywords to type.__new__");
    return finish_call(c, sequenced(position(c), operands, type_new(c, values).code), type_of(c));
  }
  if (method->attr == "__call__") {  // type's: C constructed as without a metaclass
    std::string made = sequenced(position(c), operands, construction(c, cls, arguments, values, {}, ""));
    return convert(made, find_type(Kind::Instance, cls, 0), type_of(c), c);
  }
  bool plain = std::all_of(arguments.keywords.begin(), arguments.keywords.end(), [](std::string_view k) { return k.empty(); });
  if (method->attr != "__init__" || !plain || (values.size() != 0 && values.size() != 2 && values.size() != 3))
    unsupported(c, "super()." + std::string(method->attr) + " of type in a metaclass");
  std::string check = values.size() == 2 ? "rt::raise(rt::exc::TypeError, \"type.__init__() takes 1 or 3 arguments\"); " : "";
  return finish_call(c, sequenced(position(c), operands, check + "(void)0"), types::kNone);
}

// After the body: Meta.__new__(mcls, name, bases, namespace, **keywords)
// (its mcls is B's class object standing for B's metaclass: its
// specialisation for B), then Meta.__init__(B, name, bases, namespace,
// **keywords), the namespace one dict of the class attributes the body
// bound (boxed), which __new__ may have changed.
void Emitter::run_metaclass(const ast::ClassDef* c, types::ClassId cls, const std::string& object) {
  const types::ClassInfo& info = program_.classes[cls];
  if (info.metaclass == types::kNoClass) return;
  if (per_run(cls)) unsupported(c, "a class with a metaclass defined per run of its statement");
  // What the static class cannot follow yet (docs/metaclasses.md).
  for (std::string_view hook : {"__prepare__", "__instancecheck__", "__subclasscheck__", "__contains__", "__eq__", "__hash__",
                                "__getattr__", "__getattribute__", "__setattr__"})
    if (find_class_attribute(info.metaclass, hook))
      unsupported(c, "a metaclass defining " + std::string(hook));
  std::optional<ClassAttribute> made = find_class_attribute(info.metaclass, "__new__");
  std::optional<ClassAttribute> init = find_class_attribute(info.metaclass, "__init__");
  if (!made && !init) return;
  for (const std::optional<ClassAttribute>& hook : {made, init})
    if (hook && kind_of(hook->type) != Kind::Function) unsupported(c, "a metaclass __new__ or __init__ that is not a def");
  if (made) check_metaclass_new(c, cls);
  CallArguments arguments;
  for (const ast::Keyword* k : c->keywords) {
    if (k->arg == "metaclass") continue;
    arguments.values.push_back(k->value);
    arguments.keywords.push_back(k->arg);
  }
  std::string bases;
  std::vector<types::TypeId> base_types;
  for (types::ClassId base : info.bases) {
    bases += (bases.empty() ? "" : ", ") + class_object(base, "", c);
    base_types.push_back(find_type(Kind::Class, base));
  }
  auto& table = const_cast<types::TypeTable&>(program_.table);  // the types the analysis made (types/metaclasses.cpp)
  types::TypeId tuple = table.tuple_of(base_types);
  // The keywords are evaluated once, for both calls.
  std::vector<std::pair<std::string, std::string>> operands;
  std::vector<Typed> values = evaluate_arguments(arguments, operands);
  line("pos_ = " + std::to_string(position(c)) + ";");
  for (const auto& [declaration, value] : operands) line(declaration + " = " + value + ";");
  line("rt::Dict<rt::Str, rt::Value> mns_ = ({ rt::Dict<rt::Str, rt::Value> d_; " + namespace_entries(c, cls, "", true) + "d_; });");
  std::vector<Typed> leading{{object, find_type(Kind::Class, cls)},
                             {str_constant(info.name.substr(info.name.rfind('.') + 1)), types::kStr},
                             {cxx_type(tuple, c) + "{" + bases + "}", tuple},
                             {"mns_", table.dict_of(types::kStr, types::kDyn)}};
  if (made) {
    Typed called = invoke(c, made->type, class_attribute_variable(made->owner, "__new__"), arguments, values, leading);
    if (called.type != find_type(Kind::Class, cls)) unsupported(c, "a metaclass __new__ that may give something other than the class it made");
    line("pos_ = " + std::to_string(position(c)) + "; (void)" + called.code + ";");
  }
  if (!init) return;
  Typed called = invoke(c, init->type, class_attribute_variable(init->owner, "__init__"), arguments, values, leading);
  line("pos_ = " + std::to_string(position(c)) + "; " + called.code + ";");
}

// What a metaclass __new__ must leave to the static class: it makes B from
// its own arguments and changes the namespace under names it spells out
// (types/metaclass_new.h). type.__new__ runs __set_name__ and
// __init_subclass__ after the namespace changes, which the class statement
// runs before the metaclass: a class with either is refused.
void Emitter::check_metaclass_new(const ast::ClassDef* c, types::ClassId cls) {
  for (const ast::FunctionDef* def : types::metaclass_news(program_, program_.classes[cls].metaclass))
    if (types::MetaclassNew use = types::read_metaclass_new(def); use.refused) unsupported(use.refused, use.why);
  const auto& mro = program_.classes[cls].mro;
  for (size_t i = 1; i < mro.size(); ++i)
    if (class_attribute_type(mro[i], "__init_subclass__") != types::kBottom)
      unsupported(c, "a metaclass __new__ for a class with __init_subclass__");
  for (const std::string& name : namespace_order(cls))
    if (descriptor_class(class_attribute_type(cls, name), "__set_name__") != types::kNoClass)
      unsupported(c, "a metaclass __new__ for a class with a __set_name__ descriptor");
}

// type.__new__(mcls, name, bases, ns) in Meta.__new__'s specialisation for
// class B (its mcls typed type[B]): B's body has made the class already, so
// what the __new__ defs stored into or deleted from the namespace under the
// names they spell out becomes B's own attributes, and B's class object is
// made.
Emitter::Typed Emitter::type_new(const ast::Call* c, const std::vector<Typed>& values) {
  types::TypeId made = type_of(c);
  if (values.size() != 4 || kind_of(made) != Kind::Class) unsupported(c, "this call of type.__new__");
  types::ClassId cls = program_.table.get(made).a;
  std::string body = "rt::Value ns_ = " + boxed(values[3].code, values[3].type, c) + "; ";
  for (const std::string& key : types::namespace_keys(program_, program_.classes[cls].metaclass)) {
    std::string variable = class_attribute_variable(cls, key);
    std::string k = "rt::box(" + str_constant(key) + ")";
    body += "if (rt::contains(ns_, " + k + ")) { " + variable + " = " +
            convert("rt::getitem(ns_, " + k + ")", types::kDyn, class_attribute_type(cls, key), c) + "; b" + variable +
            " = true; } else b" + variable + " = false; ";
  }
  return {"({ (void)" + values[0].code + "; (void)" + values[1].code + "; (void)" + values[2].code + "; " + body +
              class_object(cls, "", c) + "; })",
          made};
}

// The slots of metaclass `meta`'s type object for the dunders operations
// on its classes run (len(C), iter(C), C[k], repr(C), truth): each finds
// which class object it got and runs the dunder's specialisation for it
// on boxed operands (types/metaclasses.cpp); type's slots serve the rest.
std::string Emitter::metaclass_slots(types::ClassId meta) {
  FunctionState state{0, &symbols_->module(), sema::kModuleScope, {}, {}};
  FunctionState* outer = std::exchange(current_, &state);
  const ast::Node* where = program_.classes[meta].node;
  std::string id = std::to_string(meta);
  auto dispatch = [&](std::string_view dunder, const std::vector<std::string>& args, auto on_result) {
    std::optional<ClassAttribute> found = find_class_attribute(meta, dunder);
    if (!found || kind_of(found->type) != Kind::Function ||
        program_.functions[program_.table.get(found->type).a].method_kind != types::MethodKind::Plain)
      return std::string();
    std::string out;
    for (const types::ClassInfo& k : program_.classes) {
      if (k.metaclass != meta || class_left_out(k.id)) continue;
      std::string object = "&cls" + std::to_string(k.id);
      std::vector<Typed> leading{{object, find_type(Kind::Class, k.id)}};
      for (const std::string& a : args) leading.push_back({a, types::kDyn});
      Typed r = invoke(where, found->type, class_attribute_variable(found->owner, dunder), CallArguments{}, {}, leading);
      out += "if (o_ == &" + object.substr(1) + ".header) { " + on_result(r) + " } ";
    }
    return out;
  };
  // Writes the slot's function; ", .name = function" for the type object, "" without one.
  auto slot = [&](const std::string& name, const std::string& signature, const std::string& body, const std::string& otherwise) {
    if (body.empty()) return std::string();
    out_ += "static " + signature + " {\n  int32_t pos_ = 0; (void)pos_;\n  " + body + otherwise + "\n}\n";
    return ", ." + name + " = mslot_" + name + id;
  };
  auto boxed = [&](const Typed& r) {
    if (kind_of(r.type) == Kind::None || kind_of(r.type) == Kind::Bottom) return "({ " + r.code + "; rt::Value::none(); })";
    return convert(r.code, r.type, types::kDyn, where);
  };
  auto returns = [&](const Typed& r) { return "return " + boxed(r) + ";"; };
  std::string unseen = "rt::raise(rt::exc::TypeError, \"ingot: an operation on a class the analysis did not see\");";
  auto text = [&](const std::string& name) {
    std::string dunder = "__" + name + "__";
    return slot(name, "rt::Str mslot_" + name + id + "(const rt::Object* o_)", dispatch(dunder, {}, [&](const Typed& r) {
                  if (kind_of(r.type) == Kind::Str) return "return " + r.code + ";";
                  return "rt::Value r_ = " + boxed(r) + "; if (!rt::is_a(r_, rt::str_type)) rt::raise_bad_dunder_result(" +
                         quoted(dunder) + ", \"string\", r_); return r_.as_str();";
                }), "return rt::type_type.repr(o_);");
  };
  std::string repr = text("repr"), str = text("str");
  // type's __str__ is object's, which is repr(): the metaclass's __repr__.
  if (str.empty() && !repr.empty()) str = ", .str = mslot_repr" + id;
  std::string slots = str + repr;  // in the type object's order
  slots += slot("len", "int64_t mslot_len" + id + "(const rt::Object* o_)", dispatch("__len__", {}, [&](const Typed& r) {
                  return "return " + convert(r.code, r.type, types::kInt, where) + ".to_int64().value_or(INT64_MAX);";
                }), unseen);
  slots += slot("truth", "bool mslot_truth" + id + "(const rt::Object* o_)",
                dispatch("__bool__", {}, [&](const Typed& r) { return "return rt::truth(" + boxed(r) + ");"; }), "return true;");
  slots += slot("getitem", "rt::Value mslot_getitem" + id + "(const rt::Object* o_, rt::Value key_)",
                dispatch("__getitem__", {"key_"}, returns), unseen);
  slots += slot("iter", "rt::Value mslot_iter" + id + "(const rt::Object* o_)", dispatch("__iter__", {}, returns), unseen);
  current_ = outer;
  return slots;
}

// CPython's TypeError where no metaclass among the bases' is most derived.
std::string Emitter::metaclass_conflict(types::ClassId cls) const {
  types::ClassId meta = program_.classes[cls].metaclass;
  if (meta == types::kNoClass) return "";
  for (types::ClassId base : program_.classes[cls].bases) {
    types::ClassId m = program_.classes[base].metaclass;
    const auto& mro = program_.classes[meta].mro;
    if (m != types::kNoClass && std::find(mro.begin(), mro.end(), m) == mro.end())
      return "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases";
  }
  return "";
}

}  // namespace ingot::codegen
