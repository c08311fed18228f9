// Bound methods as values: `m = p.norm`, `key=obj.method`, `self.array`
// passed as a callback, `C.create` of a classmethod.
//
// The analysis types such a value `method f of T`: one function (and its
// closure env) bound to a receiver of type T. Its C++ value is an
// rt::MethodObject* (runtime/method.h) holding the receiver boxed and the
// class attribute's function object, so one representation serves every
// method and boxing is free. A call unboxes the receiver to T and runs the
// specialisation the arguments select, as a direct `p.norm()` would; only
// a call Python rejects (wrong arity) binds at run time, with CPython's
// message, self counted.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

Emitter::Typed Emitter::method_value(types::TypeId function, const std::string& self, types::TypeId self_type,
                                     const std::string& function_object, types::TypeId result,
                                     const ast::Node* where) {
  const types::Type& f = program_.table.get(function);
  // The member of the expression's type that is this function's method
  // (any receiver type: all are the same C++ value), else a fresh one.
  types::TypeId type = types::kBottom;
  for (types::TypeId m : program_.table.members(result)) {
    const types::Type& t = program_.table.get(m);
    if (t.kind == Kind::BoundMethod && t.a == f.a && t.b == f.b) type = m;
  }
  if (type == types::kBottom) type = const_cast<types::TypeTable&>(program_.table).bound_method(f.a, f.b, self_type);
  return {"rt::new_method(" + convert(self, self_type, types::kDyn, where) + ", " + function_object + ")", type};
}

bool Emitter::binds_at_run_time(types::TypeId attribute) const {
  if (kind_of(attribute) == Kind::Dyn) return true;
  if (kind_of(attribute) != Kind::Union) return false;
  for (types::TypeId m : program_.table.members(attribute))
    if (kind_of(m) != Kind::Function ||
        program_.functions[program_.table.get(m).a].method_kind != types::MethodKind::Plain)
      return false;
  return true;
}

std::string Emitter::bound_class_attribute(types::TypeId attribute, const std::string& value, const std::string& self,
                                           types::TypeId self_type, const ast::Node* where) {
  if (!binds_at_run_time(attribute)) return "";
  std::string bound = "rt::bind_method(" + convert(self, self_type, types::kDyn, where) +
                      ", reinterpret_cast<const rt::FunctionObject*>(ca_.object()))";
  std::string test = kind_of(attribute) == Kind::Dyn ? "!ca_.is_small_int() && ca_.object()->type == &rt::function_type" : "true";
  return "({ rt::Value ca_ = " + value + "; " + test + " ? " + bound + " : ca_; })";
}

Emitter::Typed Emitter::call_bound_method(const ast::Node* where, types::TypeId callee_type, const std::string& object,
                                          const CallArguments& arguments, const std::vector<Typed>& values,
                                          const std::vector<Typed>& lead) {
  const types::Type& t = program_.table.get(callee_type);
  types::TypeId function = function_type(t.a, t.b, where);
  std::string function_object = "static_cast<" + function_struct(t.a, t.b) +
                                "*>(const_cast<rt::FunctionObject*>(" + object + "->function))";
  std::vector<Typed> leading{{convert(object + "->self", types::kDyn, t.args[0], where), t.args[0]}};
  leading.insert(leading.end(), lead.begin(), lead.end());
  return invoke(where, function, function_object, arguments, values, leading);
}

}  // namespace ingot::codegen
