// Class methods of builtin types the type tables do not know (their result
// is dyn to the analysis, converted here to what it typed the call):
// float.fromhex(s), str.maketrans(...), object.__new__(cls), type.__new__(mcls,
// name, bases, ns). bytes' are bytes.cpp's.
// And object's own methods called explicitly, past the class's overrides
// (`object.__repr__(self)` in a __repr__; types/expressions.cpp's object_method).
#include <algorithm>

#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {

using types::Kind;

std::string Emitter::builtin_class_method(const ast::Call* c, const ast::Attribute* method) {
  const types::Type& t = program_.table.get(type_of(method->value));
  if (t.kind != Kind::Builtin) return "";
  std::string_view owner = types::builtin_name(t.a);
  if (owner == "float" && method->attr == "fromhex") {
    auto bound = bind_arguments(c, {"string"}, 1, 1);
    std::string made = with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kStr); },
                                      position(c), "rt::float_fromhex(a0)");
    return call_result(c, made, types::kFloat);
  }
  if (owner == "str" && method->attr == "maketrans") return str_maketrans_call(c, {});  // strings.cpp
  if (owner == "object" && method->attr == "__new__") {  // in a __new__: attributes.cpp
    CallArguments arguments = call_arguments(c);
    std::vector<std::pair<std::string, std::string>> operands;
    std::vector<Typed> values = evaluate_arguments(arguments, operands);
    Typed made = object_new(c, arguments, values);
    return sequenced(position(c), operands, made.code);
  }
  if (owner == "object") return object_method_call(c, method->attr);
  if (owner == "type" && method->attr == "__new__") {  // in a metaclass's __new__: metaclasses.cpp
    CallArguments arguments = call_arguments(c);
    std::vector<std::pair<std::string, std::string>> operands;
    std::vector<Typed> values = evaluate_arguments(arguments, operands);
    Typed made = type_new(c, values);
    return sequenced(position(c), operands, made.code);
  }
  return "";
}

std::string Emitter::object_method_call(const ast::Call* c, std::string_view name) {
  if (!c->keywords.empty() ||
      std::any_of(c->args.begin(), c->args.end(), [](const ast::Expr* a) { return a->kind == ast::Kind::Starred; }))
    return "";
  size_t n = c->args.size();
  if (name == "__delattr__" && n == 2) return delattr_call(c, /*raw=*/true);  // introspection.cpp
  if (name == "__getattribute__" && n == 2) return introspection_call(c, "getattr");
  std::vector<std::pair<std::string, std::string>> operands;
  for (size_t i = 0; i < n; ++i)
    operands.emplace_back("rt::Value a" + std::to_string(i) + "_", boxed(expression(c->args[i]), type_of(c->args[i]), c->args[i]));
  std::string body;
  types::TypeId result = types::kDyn;
  if (name == "__repr__" && n == 1) body = "rt::object_repr_of(a0_)", result = types::kStr;
  else if (name == "__str__" && n == 1) body = "rt::repr(a0_)", result = types::kStr;  // the class's __repr__
  else if (name == "__eq__" && n == 2) body = "rt::object_eq(a0_, a1_)";
  else if (name == "__hash__" && n == 1) body = "rt::Int(rt::object_hash(a0_))", result = types::kInt;
  else if (name == "__init__" && n == 1) body = "(void)a0_", result = types::kNone;
  else if (name == "__init__" && n > 1)
    body = "rt::raise(rt::exc::TypeError, \"object.__init__() takes exactly one argument (the instance to initialize)\")",
    result = types::kNone;
  else return "";
  return finish_call(c, sequenced(position(c), operands, body), result);
}

}  // namespace ingot::codegen
