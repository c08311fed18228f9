// Calls of a callee whose type is a union of callables (a decorator that
// gives a wrapper class or a closure, `f = a.m if c else g`, `for f in
// [pow, slow]`): the member the Value holds is found at run time by one test
// each (a function's signature, a bound method's function, an instance's
// class, a class's or a builtin's identity) and called as itself, typed, on
// the specialisation the analysis made for it (a function called typed has
// no boxed entry unless it also escaped); what is none of them (None, a
// str) goes through its boxed entry, which raises CPython's "'NoneType'
// object is not callable".
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

std::optional<Emitter::CallableMember> Emitter::callable_member(const ast::Node* where, types::TypeId member,
                                                                const std::string& value) const {
  const types::Type& t = program_.table.get(member);
  if (is_builtin_value(member)) {  // called as the builtin's own call (builtin_values.cpp)
    std::string object = builtin_object(member, where);
    return CallableMember{value + ".is(rt::box(" + object + "))", {object, member}};
  }
  if (t.kind == Kind::Class && per_run(t.a)) {  // any class object of its statement (run_classes.cpp)
    std::string run = "reinterpret_cast<const rt::ClassObject*>(" + value + ".object())";
    return CallableMember{"(&" + value + ".type() == &rt::type_type && " + run + "->cls == &" + class_struct(t.a) + "::type)",
                          {run, member}};
  }
  if (t.kind == Kind::Class)  // constructed typed (call_evaluated)
    return CallableMember{"(" + value + ".object() == &cls" + std::to_string(t.a) + ".header)", {value, member}};
  if (t.kind == Kind::Instance) {
    std::string test = value_test(value, member);
    if (test.empty()) return std::nullopt;
    return CallableMember{test, {"rt::unbox<" + cxx_type(member, nullptr) + ">(" + value + ")", member}};
  }
  if (t.kind != Kind::Function && t.kind != Kind::BoundMethod) return std::nullopt;
  // A closure of a specialisation that never runs (the analysis' first
  // guess at its arguments) never exists.
  if (t.b != types::kNoSpec && !program_.spec(t.b).live) return std::nullopt;
  std::string name = function_struct(t.a, t.b);
  std::string object = "reinterpret_cast<const rt::Object*>(" + value + ".object())";
  if (t.kind == Kind::Function) {
    std::string function = "reinterpret_cast<const rt::FunctionObject*>(" + object + ")";
    return CallableMember{"(&" + value + ".type() == &rt::function_type && " + function + "->signature == &sig_" + name + ")",
                          {"static_cast<" + name + "*>(const_cast<rt::FunctionObject*>(" + function + "))", member}};
  }
  std::string method = "reinterpret_cast<rt::MethodObject*>(const_cast<rt::Object*>(" + object + "))";
  return CallableMember{"(&" + value + ".type() == &rt::method_type && " + method + "->function->signature == &sig_" + name + ")",
                        {method, member}};
}

std::optional<Emitter::Typed> Emitter::call_union(const ast::Node* where, types::TypeId callee_type,
                                                  const std::string& object, const CallArguments& arguments,
                                                  const std::vector<Typed>& values, const std::vector<Typed>& lead) {
  auto members = program_.table.members(callee_type);
  auto typed = [&](types::TypeId m) {
    Kind k = kind_of(m);
    return k == Kind::Function || k == Kind::BoundMethod || k == Kind::Instance || k == Kind::Class ||
           is_builtin_value(m);
  };
  if (members.size() < 2 || std::none_of(members.begin(), members.end(), typed)) return std::nullopt;
  types::TypeId result = where->kind == ast::Kind::Call ? type_of(static_cast<const ast::Call*>(where)) : types::kDyn;
  std::string chain = declaration(result, "r_") + " ";
  for (types::TypeId m : members) {
    std::optional<CallableMember> member = typed(m) ? callable_member(where, m, object) : std::nullopt;
    if (!member) continue;
    Typed called = call_evaluated(where, m, "fm_", arguments, values, lead);
    // A function returning None (or never returning) is a C++ void one.
    if (kind_of(called.type) == Kind::None) called.code = "((void)(" + called.code + "), rt::Value::none())";
    chain += "if (" + member->test + ") { auto fm_ = " + member->value.code + "; (void)fm_; r_ = " +
             convert(called.code, called.type, result, where) + "; } else ";
  }
  Typed boxed = boxed_call(where, callee_type, object, arguments, values, lead);
  chain += "{ r_ = " + convert(boxed.code, boxed.type, result, where) + "; } r_";
  return Typed{"({ " + chain + "; })", result};
}

}  // namespace ingot::codegen
