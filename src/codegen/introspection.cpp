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
  if (name == "setattr" && c->args.size() == 3) return setattr_call(c, false);
  if (name == "delattr" && c->args.size() == 2) return delattr_call(c);
  if (name == "dir") return dir_call(c);  // instance_dicts.cpp
  return "";
}

// delattr(obj, name): `del obj.name` for a constant name on the program's
// instances, else the class's delattr slot.
std::string Emitter::delattr_call(const ast::Call* c, bool raw) {
  const ast::Expr *object = c->args[0], *name = c->args[1];
  types::TypeId type = type_of(object);
  auto* constant = ast::as<ast::Constant>(name);
  if (constant && constant->value.kind == ast::Value::Kind::Str && is_instance_receiver(type))
    return finish_call(c,
                       sequenced(position(c), {{cxx_type(type, c) + " so_", expression(object)}},
                                 delete_instance_attribute(c, type, "so_", constant->value.text, raw)),
                       types::kNone);
  std::vector<std::pair<std::string, std::string>> operands{
      {"rt::Value so_", boxed(expression(object), type, object)},
      {"rt::Value nv_", boxed(expression(name), type_of(name), name)}};
  return finish_call(c, sequenced(position(c), operands, "rt::delattr(so_, rt::attribute_name(nv_))"), types::kNone);
}

// setattr(obj, name, value), and object.__setattr__(obj, name, value)
// (`raw`: past the class's __setattr__). A constant name on the program's
// instances is `obj.name = value` (attributes.cpp); a name known at run
// time goes through the class's __setattr__ or its setattr slot, which
// stores the instance's fields (a function's: its attribute dict).
std::string Emitter::setattr_call(const ast::Call* c, bool raw) {
  const ast::Expr *object = c->args[0], *name = c->args[1], *value = c->args[2];
  types::TypeId type = type_of(object), value_type = type_of(value);
  auto* constant = ast::as<ast::Constant>(name);
  std::vector<std::pair<std::string, std::string>> operands{
      {cxx_type(type, c) + " so_", expression(object)},
      {"rt::Value nv_", boxed(expression(name), type_of(name), name)},
      {cxx_type(value_type, c) + " sv_", expression(value)}};
  std::string store_value = convert("sv_", value_type, types::kDyn, c);
  std::string code;
  if (constant && constant->value.kind == ast::Value::Kind::Str && is_instance_receiver(type)) {
    code = instance_store(c, type, "so_", constant->value.text, value_type, raw);
  } else if (is_instance_receiver(type)) {
    code = "rt::Str n_ = rt::attribute_name(nv_); " +
           dispatch(
               c, type, "so_", types::kNone,
               [&](types::ClassId k, const std::string& self) -> Typed {
                 auto setter = find_class_attribute(k, "__setattr__");
                 bool own = setter && kind_of(setter->type) == Kind::Function;
                 if (!raw && own)
                   return call_method_values(c, k, self, *setter, {{"n_", types::kStr}, {"sv_", value_type}});
                 if (own)  // the type's setattr slot would run the class's __setattr__ again (dunders.cpp)
                   return {"({ if (!" + raw_setattr_function(k) + "(reinterpret_cast<const rt::Object*>(" + self + "), n_, " +
                               store_value + ")) rt::raise_no_attribute(reinterpret_cast<const rt::Object*>(" + self +
                               "), n_.view()); })",
                           types::kNone};
                 return {"rt::setattr(rt::box(" + self + "), n_, " + store_value + ")", types::kNone};
               },
               [&](const std::string& v) -> Typed {
                 if (raw) unsupported(c, "object.__setattr__ on a value of unknown type");
                 return {"rt::setattr(" + v + ", n_, " + store_value + ")", types::kNone};
               });
  } else {
    // On None, object.__setattr__ raises the AttributeError setattr does.
    if (raw && kind_of(type) != Kind::None) unsupported(c, "object.__setattr__ on this object");
    code = "rt::setattr(" + boxed("so_", type, c) + ", rt::attribute_name(nv_), " + store_value + ")";
  }
  return finish_call(c, sequenced(position(c), operands, code), types::kNone);
}

}  // namespace ingot::codegen
