// Namespaces as dicts: vars(obj) of an instance of the program's classes,
// locals() in a function.
//
// Both are snapshots, as CPython's locals() in a function is: a fresh
// dict[str, Value] of what is bound when the call runs. An instance's
// attributes are typed fields with a "bound" flag (classes.cpp) and maybe
// a dict of other names (instance_dicts.cpp), so vars(obj) is built from
// them; a store into the dict does not reach the object, where CPython's
// would.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

std::string Emitter::namespace_call(const ast::Call* c, std::string_view name) {
  if (!c->keywords.empty()) return "";
  if (name == "locals" && c->args.empty()) return locals_call(c);
  if (name == "vars" && c->args.size() == 1 && c->args[0]->kind != ast::Kind::Starred &&
      is_instance_receiver(type_of(c->args[0])))
    return instance_vars(c);
  return "";
}

// The instance's attributes (instance_dicts.cpp).
std::string Emitter::instance_vars(const ast::Call* c) {
  const ast::Expr* object = c->args[0];
  std::string code = dispatch(
      c, type_of(object), "vo_", types::kDyn,
      [&](types::ClassId k, const std::string& self) -> Typed {
        Typed dict = instance_special_attribute(k, self, "__dict__", c);
        if (dict.code.empty()) return {"rt::raise(rt::exc::TypeError, \"vars() argument must have __dict__ attribute\")", types::kBottom};
        return dict;
      },
      [&](const std::string&) -> Typed {
        return {"rt::raise(rt::exc::TypeError, \"vars() argument must have __dict__ attribute\")", types::kBottom};
      });
  return convert(sequenced(position(c), {{cxx_type(type_of(object), c) + " vo_", expression(object)}}, code),
                 types::kDyn, type_of(c), c);
}

// CPython's order: the fast locals (parameters, then the other locals),
// then cells, then free variables, each group in first-seen order.
std::string Emitter::locals_call(const ast::Call* c) {
  const types::Spec& here = program_.spec(current_->spec);
  if (here.function == types::kNoFunction) return "";  // the module's (globals()) or a class body's
  const sema::Scope& scope = *program_.functions[here.function].scope;
  std::vector<const sema::Symbol*> ordered;
  for (sema::SymbolId id : scope.parameters) ordered.push_back(&symbols_->symbol(id));
  for (sema::Resolution group : {sema::Resolution::Local, sema::Resolution::Cell, sema::Resolution::Free})
    for (sema::SymbolId id : scope.symbols) {
      const sema::Symbol& symbol = symbols_->symbol(id);
      if (symbol.resolution == group && !symbol.is_parameter()) ordered.push_back(&symbol);
    }
  std::string body = "rt::Dict<rt::Str, rt::Value> d_; ";
  for (const sema::Symbol* symbol : ordered) {
    types::TypeId type = symbol_type(*symbol, c);
    if (kind_of(type) == Kind::Bottom) continue;
    std::string variable = symbol_variable(*symbol, c);
    body += "if (" + flag(variable) + ") d_.set(" + str_constant(symbol->name) + ", " +
            convert(variable, type, types::kDyn, c) + "); ";
  }
  return convert("({ " + body + "rt::box(d_); })", types::kDyn, type_of(c), c);
}

}  // namespace ingot::codegen
