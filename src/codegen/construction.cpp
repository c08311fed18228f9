// Calls of the program's classes: a new instance, through the class's own
// __new__ where it has one (a staticmethod whose result __init__ then runs
// on), then __init__ with the call's arguments.
#include <algorithm>

#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

std::string Emitter::construct(const ast::Call* c, types::ClassId cls, const std::string& class_value) {
  CallArguments arguments = call_arguments(c);
  std::vector<std::pair<std::string, std::string>> operands;
  if (!class_value.empty()) operands.emplace_back("const rt::ClassObject* cv_", class_value);
  std::vector<Typed> values = evaluate_arguments(arguments, operands);
  return sequenced(position(c), operands, construction(c, cls, arguments, values, {}, class_value.empty() ? "" : "cv_"));
}

std::string Emitter::construction(const ast::Node* c, types::ClassId cls, const CallArguments& arguments,
                                  const std::vector<Typed>& values, const std::vector<Typed>& lead, const std::string& run) {
  const types::ClassInfo& info = program_.classes[cls];
  if (info.unknown_base && !info.builtin_base.empty() && !is_exception_class(cls))
    unsupported(c, "an instance of a subclass of " + info.builtin_base);  // dict and list: driver/builtin_bases.h
  if (info.unknown_base) unsupported(c, "an instance of a class with a base the analysis cannot see");
  std::string body = abstract_instantiation(cls);  // abstract_classes.cpp
  std::optional<ClassAttribute> init = find_class_attribute(cls, "__init__");
  if (std::optional<ClassAttribute> made = find_class_attribute(cls, "__new__")) {
    types::TypeId made_type = types::kBottom;
    body += instance_from_new(c, cls, *made, arguments, values, lead, run, &made_type);
    if (made_type != find_type(Kind::Instance, cls, 0)) {
      // An instance of the class or of a subclass: __init__ as its class has it.
      std::string inits = dispatch(c, made_type, "self_", types::kNone, [&](types::ClassId k, const std::string& self) -> Typed {
        std::optional<ClassAttribute> own = find_class_attribute(k, "__init__");
        if (!own || kind_of(own->type) != Kind::Function) return {"(void)0", types::kNone};
        return call_method(c, k, self, *own, arguments, values, lead);
      }, [&](const std::string&) -> Typed { return {"(void)0", types::kNone}; });
      return body + "if (self_) { " + inits + "; } self_";
    }
    if (init && kind_of(init->type) == Kind::Function) body += "if (self_) " + call_method(c, cls, "self_", *init, arguments, values, lead).code + "; ";
    return body + "self_";
  }
  body += "auto* self_ = rt::new_instance<" + class_struct(cls) + ">(); ";
  if (per_run(cls)) body += "self_->run_ = " + class_object(cls, run, c) + "; ";  // run_classes.cpp: before __init__
  // A builtin base's __new__ stores the value first (driver/builtin_bases.h).
  if (std::optional<ClassAttribute> make = find_class_attribute(cls, "_ingot_new_"))
    body += call_method(c, cls, "self_", *make, arguments, values, lead).code + "; ";
  if (init) {
    if (kind_of(init->type) != Kind::Function) unsupported(c, "an __init__ that is not a def");
    body += call_method(c, cls, "self_", *init, arguments, values, lead).code + "; ";
  } else if (!info.builtin_base.empty()) {
    if (!lead.empty()) unsupported(c, "an exception class as a decorator");
    // BaseException.__init__ takes any positional arguments, no keywords.
    std::string no_keywords = "rt::raise(rt::exc::TypeError, " + quoted(info.name + "() takes no keyword arguments") + ")";
    if (arguments.spread) {
      body += runtime_arguments(c, arguments, values, {}, "rt::box(" + class_object(cls, run, c) + ")") +
              "rt::CallArgs ca_ = args_.args(); if (!ca_.keywords.empty()) " + no_keywords +
              "; rt::set_exception_args_from(self_, {ca_.values, ca_.positional}); ";
    } else if (std::any_of(arguments.keywords.begin(), arguments.keywords.end(), [](auto k) { return !k.empty(); })) {
      body += no_keywords + "; ";
    } else {
      std::string args;
      for (const Typed& v : values) args += (args.empty() ? "" : ", ") + convert(v.code, v.type, types::kDyn, c);
      body += "rt::set_exception_args(self_, {" + args + "}); ";
    }
  } else if (!values.empty() || !lead.empty()) {
    // object.__init__ takes nothing; `C(*xs, **m)` may spread nothing.
    std::string none = "rt::raise(rt::exc::TypeError, " + quoted(info.name + "() takes no arguments") + ")";
    if (arguments.spread && lead.empty())
      body += "{ " + runtime_arguments(c, arguments, values, {}, "rt::box(" + class_object(cls, run, c) + ")") +
              "rt::CallArgs ca_ = args_.args(); if (ca_.positional + ca_.keywords.size() != 0) " + none + "; } ";
    else
      body += none + "; ";
  }
  return body + "self_";
}

// `auto* self_ = ` what the class's own __new__ (a staticmethod) returns
// for the class and the arguments; __init__ then runs on it (CPython runs it
// where the result is an instance of the class: here the result must be
// one, or None).
std::string Emitter::instance_from_new(const ast::Node* c, types::ClassId cls, const ClassAttribute& made,
                                       const CallArguments& arguments, const std::vector<Typed>& values,
                                       const std::vector<Typed>& lead, const std::string& run, types::TypeId* made_type) {
  if (kind_of(made.type) != Kind::Function) unsupported(c, "a __new__ that is not a def");
  // BaseException.__new__ keeps the arguments as args: not written yet.
  if (!lead.empty() || find_class_attribute(cls, "_ingot_new_") || is_exception_class(cls))
    unsupported(c, "this class with __new__");
  // A class made per run: `run` is the class object called (run_classes.cpp).
  std::vector<Typed> leading{{class_object(cls, run, c), find_type(Kind::Class, cls)}};
  Typed r = invoke(c, made.type, class_attribute_variable(made.owner, "__new__", run), arguments,
                   values, leading);
  types::TypeId instance = find_type(Kind::Instance, cls, 0);
  *made_type = instance;
  // A __new__ that only raises (or returns None): no instance.
  if (kind_of(r.type) == Kind::Bottom || kind_of(r.type) == Kind::None)
    return r.code + "; " + cxx_type(instance, c) + " self_ = nullptr; ";
  // An instance of a subclass (a factory base picking its subclass) is one of the class too.
  bool subclasses = false;
  for (types::TypeId m : program_.table.members(r.type)) {
    const types::Type& t = program_.table.get(m);
    if (m == instance || t.kind == Kind::None) continue;
    const auto& mro = t.kind == Kind::Instance ? program_.classes[t.a].mro : std::vector<types::ClassId>{};
    if (std::find(mro.begin(), mro.end(), cls) == mro.end())
      unsupported(c, "a __new__ that may return something other than an instance of its class");
    subclasses = true;
  }
  if (subclasses) {
    types::TypeId some = optional_instance(r.type) != types::kBottom ? optional_instance(r.type) : r.type;
    *made_type = instance = kind_of(some) == Kind::Instance ? some : find_type(Kind::Instance, cls, 1);
    if (instance == types::kBottom) unsupported(c, "a __new__ returning instances of several subclasses");
  }
  return cxx_type(instance, c) + " self_ = " + convert(r.code, r.type, instance, c) + "; ";
}

}  // namespace ingot::codegen
