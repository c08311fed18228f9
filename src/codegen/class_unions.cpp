// Calls of a value that is one of several of the program's classes (a
// factory's `cls` parameter, `cls = A if c else B`): the class the Value
// holds is found by its identity, and that class is constructed typed, its
// __init__ on the specialisation the analysis made for these arguments.
// A None among them (`table.get(name)`) raises CPython's TypeError.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

std::string Emitter::class_union_call(const ast::Call* c) {
  types::TypeId callee = type_of(c->func);
  if (kind_of(callee) != Kind::Union) return "";
  std::vector<types::ClassId> classes;
  for (types::TypeId m : program_.table.members(callee)) {
    Kind k = kind_of(m);
    if (k == Kind::Class) classes.push_back(program_.table.get(m).a);
    else if (k != Kind::None) return "";
  }
  if (classes.empty()) return "";
  types::TypeId result = type_of(c);
  CallArguments arguments = call_arguments(c);
  std::vector<std::pair<std::string, std::string>> operands{{"rt::Value cu_", boxed(expression(c->func), callee, c->func)}};
  std::vector<Typed> values = evaluate_arguments(arguments, operands);
  std::string chain = declaration(result, "r_") + " ";
  for (types::ClassId k : classes) {
    // A per-run class (run_classes.cpp): any of its statement's class objects.
    std::string run = "reinterpret_cast<const rt::ClassObject*>(cu_.object())";
    std::string made = "({ " + construction(c, k, arguments, values, {}, run) + "; })";
    std::string test = per_run(k) ? "cu_.object()->type == &rt::type_type && " + run + "->cls == &" + class_struct(k) + "::type"
                                  : "cu_.object() == &cls" + std::to_string(k) + ".header";
    chain += "if (" + test + ") { r_ = " +
             convert(made, find_type(Kind::Instance, k, 0), result, c) + "; } else ";
  }
  chain += "{ rt::raise(rt::exc::TypeError, " + quoted("'NoneType' object is not callable") + "); } r_";
  return sequenced(position(c), operands, chain);
}

}  // namespace ingot::codegen
