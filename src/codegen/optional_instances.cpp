// `None | C` (C one of the program's classes, or `C+`): a nullable pointer
// `pK_N` where other unions are an rt::Value, null being None.
//
// Linked lists (`node.next = None`), trees with optional children and
// `[None] * n` filled with instances later are this type; as a Value every
// read of them was a type test and a dynamic call (float's points). As a
// pointer, `x.attr` and `x.method()` are one null test before the typed
// access (dynamic.cpp's narrowed), `x is None` a pointer comparison and a
// container of them a List<cK_N*>. Every other use of the union (dyn
// operations, printing, passing where a Value goes) boxes it first:
// rt::box of a null pointer is None (runtime/instance.h), and a Value
// unboxes back to null when it holds None.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

types::TypeId Emitter::optional_instance(types::TypeId type) const {
  if (kind_of(type) != Kind::Union) return types::kBottom;
  std::span<const types::TypeId> members = program_.table.members(type);
  if (members.size() != 2) return types::kBottom;
  types::TypeId instance = kind_of(members[0]) == Kind::None ? members[1] : members[0];
  if (kind_of(members[0]) != Kind::None && kind_of(members[1]) != Kind::None) return types::kBottom;
  const types::Type& t = program_.table.get(instance);
  // Exception classes keep the Value: raise/except take their boxes.
  if (t.kind != Kind::Instance || is_exception_class(t.a)) return types::kBottom;
  return instance;
}

std::string Emitter::convert_optional(const std::string& value, types::TypeId from, types::TypeId to,
                                      const ast::Node* where) {
  types::TypeId target = optional_instance(to);
  if (target != types::kBottom) {
    std::string pointer = cxx_type(to, where);
    switch (kind_of(from)) {
      case Kind::None:
        if (value == "rt::Value::none()") return pointer + "{}";
        return "((void)(" + value + "), " + pointer + "{})";  // a call without result
      case Kind::Instance: return "static_cast<" + pointer + ">(" + instance_upcast(value, program_.table.get(from).a, target) + ")";
      default:
        if (types::TypeId source = optional_instance(from); source != types::kBottom)
          return "static_cast<" + pointer + ">(" + instance_upcast(value, program_.table.get(source).a, target) + ")";
        if (!is_value(from)) unsupported(where, "a '" + program_.table.format(from) + "' used as '" + program_.table.format(to) + "'");
        // A Value holding None or an instance of C (runtime/instance.h).
        return sequenced(position(where), {{"rt::Value u_", value}}, "rt::unbox<" + pointer + ">(u_)");
    }
  }
  // From a nullable pointer: boxed, or checked to be an instance.
  if (is_value(to)) return "rt::box(" + value + ")";
  if (kind_of(to) == Kind::Instance) {
    std::string pointer = cxx_type(to, where);
    std::string source = instance_upcast(value, program_.table.get(optional_instance(from)).a, to);
    return "({ " + pointer + " nn_ = static_cast<" + pointer + ">(" + source +
           "); if (!nn_) [[unlikely]] rt::unreachable<void>(); nn_; })";
  }
  return convert("rt::box(" + value + ")", types::kDyn, to, where);
}

// `if x:` on `None | C`: null is false, an instance has its class's truth
// (__bool__, then __len__, else true: a constant the C++ compiler folds).
std::string Emitter::optional_truth(types::TypeId type, const std::string& value, const ast::Node* where) {
  types::TypeId instance = optional_instance(type);
  if (instance == types::kBottom) return "";
  std::string name = "ot" + std::to_string(narrowed_count_++) + "_";
  return "({ " + cxx_type(type, where) + " " + name + " = " + value + "; " + name + " != nullptr && " +
         instance_truth(instance, name, where) + "; })";
}

}  // namespace ingot::codegen
