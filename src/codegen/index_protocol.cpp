// The __index__ protocol: where CPython wants an integer (a sequence index,
// a slice bound, range()'s bounds, hex()/oct()/bin(), a sequence's
// repetition count), an instance of the program's classes gives one through
// its __index__, which must return an int. A class without __index__
// raises the TypeError of the place it was used in, which the run-time
// operation on the boxed instance names.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

std::optional<std::string> Emitter::instance_index(const ast::Expr* e,
                                                   const std::function<std::string(const std::string&)>& dynamic) {
  if (!has_instances(type_of(e)) || is_value(type_of(e))) return std::nullopt;
  return sequenced(position(e), {}, instance_index(e, type_of(e), expression(e), dynamic));
}

std::string Emitter::instance_index(const ast::Node* where, types::TypeId type, const std::string& value,
                                    const std::function<std::string(const std::string&)>& dynamic) {
  auto missing = [&](const std::string&) { return Typed{dynamic(box_value("dso_", type)), types::kInt}; };
  return dispatch(
      where, type, value, types::kInt,
      [&](types::ClassId k, const std::string& self) -> Typed {
        std::optional<ClassAttribute> found = find_class_attribute(k, "__index__");
        if (!found || kind_of(found->type) != Kind::Function) return missing(self);
        Typed r = call_method_values(where, k, self, *found, {});
        Kind result = kind_of(r.type);
        if (result == Kind::Int || result == Kind::Bool || result == Kind::Bottom) return r;
        return {"rt::index_result(" + convert(r.code, r.type, types::kDyn, where) + ")", types::kInt};
      },
      missing);
}

// seq * obj and obj * seq where obj's class has neither __mul__ nor
// __rmul__: seq repeated obj.__index__() times (nullopt when the operands
// are not a str, list or tuple and a typed instance).
std::optional<Emitter::Typed> Emitter::repetition(const ast::Node* where, types::TypeId left_type, const std::string& left,
                                                  types::TypeId right_type, const std::string& right, types::TypeId result) {
  auto repeatable = [&](types::TypeId t) {
    Kind k = kind_of(t);
    return k == Kind::Str || k == Kind::List || k == Kind::Tuple || k == Kind::TupleOf;
  };
  bool instance_right = repeatable(left_type);
  types::TypeId sequence = instance_right ? left_type : right_type, count = instance_right ? right_type : left_type;
  if (!repeatable(sequence) || !has_instances(count) || is_value(count)) return std::nullopt;
  std::string times = instance_index(where, count, instance_right ? right : left, [](const std::string& v) {
    return "(rt::raise(rt::exc::TypeError, \"can't multiply sequence by non-int of type '\" + std::string(rt::type_name(" + v +
           ")) + \"'\"), rt::Int())";
  });
  return Typed{binary_op(where, ast::Operator::Mult, sequence, instance_right ? left : right, types::kInt, times, result), result};
}

}  // namespace ingot::codegen
