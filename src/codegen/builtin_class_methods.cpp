// Class methods of builtin types the type tables do not know (their result
// is dyn to the analysis, converted here to what it typed the call):
// float.fromhex(s), str.maketrans(...), object.__new__(cls). bytes' are bytes.cpp's.
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
  return "";
}

}  // namespace ingot::codegen
