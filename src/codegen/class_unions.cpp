// Calls of a value that is one of several of the program's classes (a
// factory's `cls` parameter, `cls = A if c else B`): the class the Value
// holds is found by its identity, and that class is constructed typed, its
// __init__ on the specialisation the analysis made for these arguments.
// A None among them (`table.get(name)`) raises CPython's TypeError.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

// Whether the non-None Value `value` is class k's object (for a per-run
// class, run_classes.cpp: any of its statement's class objects).
std::string Emitter::holds_class(const std::string& value, types::ClassId k) {
  if (!per_run(k)) return value + ".object() == &cls" + std::to_string(k) + ".header";
  return value + ".object()->type == &rt::type_type && reinterpret_cast<const rt::ClassObject*>(" + value +
         ".object())->cls == &" + class_struct(k) + "::type";
}

// The classes of a union of the program's class objects (with None when
// none_allowed), or nothing if it holds anything else.
std::vector<types::ClassId> Emitter::union_classes(types::TypeId type, bool none_allowed) {
  std::vector<types::ClassId> classes;
  if (kind_of(type) != Kind::Union) return classes;
  for (types::TypeId m : program_.table.members(type)) {
    Kind k = kind_of(m);
    if (k == Kind::Class) classes.push_back(program_.table.get(m).a);
    else if (k != Kind::None || !none_allowed) return {};
  }
  return classes;
}

std::string Emitter::class_union_call(const ast::Call* c) {
  types::TypeId callee = type_of(c->func);
  std::vector<types::ClassId> classes = union_classes(callee, true);
  if (classes.empty()) return "";
  types::TypeId result = type_of(c);
  CallArguments arguments = call_arguments(c);
  std::vector<std::pair<std::string, std::string>> operands{{"rt::Value cu_", boxed(expression(c->func), callee, c->func)}};
  std::vector<Typed> values = evaluate_arguments(arguments, operands);
  std::string chain = declaration(result, "r_") + " ";
  for (types::ClassId k : classes) {
    std::string run = "reinterpret_cast<const rt::ClassObject*>(cu_.object())";
    Typed made{"({ " + construction(c, k, arguments, values, {}, run) + "; })", find_type(Kind::Instance, k, 0)};
    if (std::optional<Typed> called = metaclass_invoke(c, k, "cu_", arguments, values, {})) made = *called;  // metaclasses.cpp
    chain += "if (" + holds_class("cu_", k) + ") { r_ = " + convert(made.code, made.type, result, c) + "; } else ";
  }
  chain += "{ rt::raise(rt::exc::TypeError, " + quoted("'NoneType' object is not callable") + "); } r_";
  return sequenced(position(c), operands, chain);
}

}  // namespace ingot::codegen
