// Introspection builtins on any value: type(x) where the class is not one
// the compiler names statically (a union, dyn, None, a generator, ...),
// id(x), and getattr()/hasattr()/setattr()/delattr() whose name is known only at
// run time. The program's instances with a constant name are attributes.cpp's.
//
// type(x) of a Value is the class object of the Value's TypeObject
// (rt::type_of, builtin_function.h): builtin classes have one made on first
// use, the program's register theirs as the program starts, so that
// `type(x) is C` compares identities either way.
#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {

using types::Kind;

namespace {

bool plain_arguments(const ast::Call* c) {
  if (!c->keywords.empty()) return false;
  for (const ast::Expr* argument : c->args)
    if (argument->kind == ast::Kind::Starred) return false;
  return true;
}

}  // namespace

std::string Emitter::introspection_call(const ast::Call* c, std::string_view name) {
  if (!plain_arguments(c)) return "";
  if (name == "type" && c->args.size() == 1) {
    const ast::Expr* subject = c->args[0];
    types::TypeId result = type_of(c);
    // The analysis named the class (`type(3)` is int): no run-time question.
    if (is_builtin_value(result)) return "((void)(" + expression(subject) + "), " + builtin_object(result, c) + ")";
    std::string value = boxed(expression(subject), type_of(subject), subject);
    return convert("rt::type_of(" + value + ")", types::kDyn, result, c);
  }
  if (name == "id" && c->args.size() == 1)  // the boxed identity (value_builtins.h)
    return "rt::id(" + boxed(expression(c->args[0]), type_of(c->args[0]), c) + ")";
  bool getattr = name == "getattr" && (c->args.size() == 2 || c->args.size() == 3);
  if (getattr || (name == "hasattr" && c->args.size() == 2)) {
    // Through the object's class's getattr slot (runtime/dynamic_access.h),
    // which knows every attribute of the program's classes.
    types::TypeId attribute = type_of(c->args[1]);
    bool str = kind_of(attribute) == Kind::Str;
    std::vector<std::pair<std::string, std::string>> operands{
        {"rt::Value o_", boxed(expression(c->args[0]), type_of(c->args[0]), c->args[0])},
        {str ? "rt::Str n_" : "rt::Value n_", str ? expression(c->args[1]) : boxed(expression(c->args[1]), attribute, c->args[1])}};
    if (c->args.size() == 3) operands.emplace_back("rt::Value d_", boxed(expression(c->args[2]), type_of(c->args[2]), c->args[2]));
    // The name is checked once all arguments are evaluated, as CPython does.
    std::string n = str ? "n_" : "rt::attribute_name(n_)";
    std::string body = !getattr ? "rt::hasattr(o_, " + n + ")"
                       : c->args.size() == 3 ? "rt::getattr_or(o_, " + n + ", d_)"
                                             : "rt::getattr(o_, " + n + ")";
    return convert(sequenced(position(c), operands, body), getattr ? types::kDyn : types::kBool, type_of(c), c);
  }
  return "";
}

}  // namespace ingot::codegen
