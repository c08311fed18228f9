// Namespaces as dicts: vars(obj) of an instance of the program's classes,
// vars(C) and C.__dict__ of a class, locals() in a function, globals().
//
// Both are snapshots, as CPython's locals() in a function is: a fresh
// dict[str, Value] of what is bound when the call runs. An instance's
// attributes are typed fields with a "bound" flag (classes.cpp) and maybe
// a dict of other names (instance_dicts.cpp), so vars(obj) is built from
// them; a store into the dict does not reach the object, where CPython's
// would.
#include <algorithm>
#include <set>

#include "ast/children.h"

#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

std::string Emitter::namespace_call(const ast::Call* c, std::string_view name) {
  if (!c->keywords.empty()) return "";
  if (name == "locals" && c->args.empty()) return locals_call(c);
  if (name == "globals" && c->args.empty()) return globals_call(c);
  if (name == "vars" && c->args.size() == 1 && c->args[0]->kind != ast::Kind::Starred &&
      is_instance_receiver(type_of(c->args[0])))
    return instance_vars(c);
  if (name == "vars" && c->args.size() == 1 && c->args[0]->kind != ast::Kind::Starred &&
      kind_of(type_of(c->args[0])) == Kind::Class)
    return class_vars(c, expression(c->args[0]), program_.table.get(type_of(c->args[0])).a);
  if (name == "vars" && c->args.size() == 1 && c->args[0]->kind != ast::Kind::Starred && is_value(type_of(c->args[0])))
    return value_vars(c);
  return "";
}

std::optional<std::string_view> Emitter::class_docstring(types::ClassId cls) const {
  const ast::ClassDef* node = program_.classes[cls].node;
  return node ? sema::docstring(node->body) : std::nullopt;
}

// C.__doc__ or an instance's, where no class along the MRO assigns one:
// the class's docstring, else None (CPython's type() sets it in every
// class's dict, so it is not inherited).
std::string Emitter::class_doc_value(types::ClassId cls) const {
  auto doc = class_docstring(cls);
  return doc ? "rt::Value(" + str_constant(*doc) + ")" : "rt::Value::none()";
}

// C.__module__: its module's name, unless the body sets it to a string
// (`__module__ = "collections"` in a class a package's private module
// defines, so that its repr names the module users import).
std::string Emitter::class_module(types::ClassId cls) const {
  const types::ClassInfo& info = program_.classes[cls];
  if (info.node)
    for (const ast::Stmt* s : info.node->body)
      if (auto* a = ast::as<ast::Assign>(s); a && a->targets.size() == 1)
        if (auto* t = ast::as<ast::Name>(a->targets[0]); t && t->id == "__module__")
          if (auto* c = ast::as<ast::Constant>(a->value); c && c->value.kind == ast::Value::Kind::Str)
            return std::string(c->value.text);
  return modules_.modules[info.module].name;
}

// The `d_.set(...)` statements of a class's namespace as its body left it:
// __module__, __qualname__ (only in the namespace a metaclass receives:
// type() takes it out), the docstring, then the names the body binds as it
// binds them and the names stored later.
std::string Emitter::namespace_entries(const ast::Node* c, types::ClassId cls, const std::string& run, bool qualname) {
  const types::ClassInfo& info = program_.classes[cls];
  if (!info.node || is_exception_class(cls) || !info.builtin_base.empty() || info.class_attributes.count("__slots__"))
    unsupported(c, "the namespace of this class");
  for (const ast::Stmt* statement : info.node->body)
    if (statement->kind == ast::Kind::AnnAssign) unsupported(c, "the namespace of a class with annotations");
  std::string body = "d_.set(" + str_constant("__module__") + ", " + str_constant(class_module(cls)) + "); ";
  if (qualname) body += "d_.set(" + str_constant("__qualname__") + ", " + str_constant(info.name) + "); ";
  if (auto doc = class_docstring(cls)) body += "d_.set(" + str_constant("__doc__") + ", " + str_constant(*doc) + "); ";
  for (const std::string& name : namespace_order(cls)) {
    types::TypeId type = class_attribute_type(cls, name);
    if (type == types::kBottom || name == "__doc__" || name == "__module__" || name == "__qualname__") continue;
    if (!representable(type)) unsupported(c, "the namespace of a class attribute of type '" + program_.table.format(type) + "'");
    std::string variable = class_attribute_variable(cls, name, run);
    std::string value = convert(variable, type, types::kDyn, c);
    if (kind_of(type) == Kind::Function) {
      types::MethodKind method = program_.functions[program_.table.get(type).a].method_kind;
      if (method == types::MethodKind::Property) value = property_object(cls, name, variable, type, run);
      else if (method != types::MethodKind::Plain) unsupported(c, "the namespace of a class with a classmethod or staticmethod");
    }
    body += "if (b" + variable + ") d_.set(" + str_constant(name) + ", " + value + "); ";
  }
  return body;
}

// vars(C): a dict snapshot of C's own namespace (CPython's is a read-only
// mappingproxy of the live one), in CPython's order: __module__, the
// docstring, the names the body binds as it binds them, the names stored
// later (C.x = ...), then what type() adds: the __dict__ and __weakref__
// descriptors of a class that introduces them, and a __doc__ of None.
std::string Emitter::class_vars(const ast::Expr* c, const std::string& object, types::ClassId cls) {
  const types::ClassInfo& info = program_.classes[cls];
  // A class made per run of its statement: the attributes of the class
  // object at hand (run_classes.cpp).
  std::string run = per_run(cls) ? "vr_" : "";
  std::string body = "rt::Dict<rt::Str, rt::Value> d_; " + namespace_entries(c, cls, run, false);
  bool inherits_dict = false;
  for (types::ClassId base : info.bases) inherits_dict |= slots_allow(base, "__dict__");
  if (!inherits_dict)
    for (std::string_view name : {"__dict__", "__weakref__"})
      body += "d_.set(" + str_constant(name) + ", rt::attribute_descriptor(" + class_struct(cls) + "::type, " +
              quoted(name) + ")); ";
  if (!class_docstring(cls)) body += "d_.set(" + str_constant("__doc__") + ", rt::Value::none()); ";
  if (!run.empty()) return convert("({ const rt::ClassObject* vr_ = " + object + "; " + body + "rt::box(d_); })", types::kDyn, type_of(c), c);
  return convert("((void)" + object + ", ({ " + body + "rt::box(d_); }))", types::kDyn, type_of(c), c);
}

std::vector<std::string> Emitter::namespace_order(types::ClassId cls) const {
  const types::ClassInfo& info = program_.classes[cls];
  std::vector<std::string> names;
  const sema::SymbolTable& symbols = *modules_.modules[info.module].symbols;
  if (const sema::Scope* scope = info.node ? symbols.scope_of(info.node) : nullptr)
    for (sema::SymbolId id : scope->symbols) {
      const sema::Symbol& symbol = symbols.symbol(id);
      if (symbol.resolution == sema::Resolution::Local && info.class_attributes.count(symbol.name)) names.push_back(symbol.name);
    }
  for (const auto& [name, slot] : info.class_attributes)
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  return names;
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

// vars(x) of a value of unknown class: the __dict__ its class's getattr
// slot gives (instance_dicts.cpp's snapshot for the program's classes).
std::string Emitter::value_vars(const ast::Call* c) {
  const ast::Expr* object = c->args[0];
  std::string code = "rt::Value d_; if (!rt::class_getattr(vo_, " + str_constant("__dict__") +
                     ", &d_)) rt::raise(rt::exc::TypeError, \"vars() argument must have __dict__ attribute\"); d_";
  return convert(sequenced(position(c), {{"rt::Value vo_", convert(expression(object), type_of(object), types::kDyn, c)}}, code),
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
            convert(escaping(variable, variable), type, types::kDyn, c) + "); ";
  }
  return convert("({ " + body + "rt::box(d_); })", types::kDyn, type_of(c), c);
}

namespace {

bool is_globals_call(const ast::Expr* e) {
  auto* c = ast::as<ast::Call>(e);
  auto* f = c ? ast::as<ast::Name>(c->func) : nullptr;
  return f && f->id == "globals" && c->args.empty();
}

// A store through globals(), or through a name a globals() call was
// assigned to: `globals()[k] = v`, `del g[k]`, `g.update(...)`.
const ast::Node* globals_store(const ast::Node* tree) {
  std::set<std::string_view> aliases;
  auto collect = [&](auto& self, const ast::Node* n) -> void {
    if (auto* a = ast::as<ast::Assign>(n); a && is_globals_call(a->value))
      for (const ast::Expr* t : a->targets)
        if (auto* name = ast::as<ast::Name>(t)) aliases.insert(name->id);
    ast::for_each_child(n, [&](const ast::Node* child) { self(self, child); });
  };
  collect(collect, tree);
  auto holds_globals = [&](const ast::Expr* e) {
    auto* name = ast::as<ast::Name>(e);
    return is_globals_call(e) || (name && aliases.count(name->id));
  };
  static constexpr std::string_view kMutating[] = {"update", "setdefault", "pop", "popitem", "clear", "__setitem__", "__delitem__"};
  const ast::Node* found = nullptr;
  auto find = [&](auto& self, const ast::Node* n) -> void {
    if (found) return;
    if (auto* s = ast::as<ast::Subscript>(n); s && s->ctx != ast::ExprContext::Load && holds_globals(s->value)) found = n;
    if (auto* c = ast::as<ast::Call>(n))
      if (auto* m = ast::as<ast::Attribute>(c->func);
          m && holds_globals(m->value) && std::find(std::begin(kMutating), std::end(kMutating), m->attr) != std::end(kMutating))
        found = n;
    ast::for_each_child(n, [&](const ast::Node* child) { self(self, child); });
  };
  find(find, tree);
  return found;
}

}  // namespace

// globals(): a dict snapshot of the module's bound globals, in CPython's
// order (the module's dunders, then the names as the module first binds
// them). CPython's is the live namespace, so a store through it is refused.
std::string Emitter::globals_call(const ast::Call* c) {
  if (const ast::Node* store = globals_store(module_)) unsupported(store, "a store into globals()");
  std::vector<std::string> names = {"__name__", "__doc__", "__package__", "__loader__", "__spec__"};
  if (module_id_ == sema::kMainModule) names.push_back("__annotations__");
  for (std::string_view dunder : {"__builtins__", "__file__", "__cached__"}) names.emplace_back(dunder);
  for (const sema::Symbol* symbol : symbols_->symbols_of(symbols_->module()))
    if (!symbol->name.starts_with("__") && program_.globals[module_id_].count(symbol->name)) names.push_back(symbol->name);
  std::string module = module_object(module_id_);
  std::string body = "rt::Dict<rt::Str, rt::Value> d_; rt::Value v_; ";
  for (const std::string& name : names)
    body += "if (rt::module_type.getattr(&" + module + ".header, " + str_constant(name) + ", &v_)) d_.set(" +
            str_constant(name) + ", v_); ";
  return convert("({ " + body + "rt::box(d_); })", types::kDyn, type_of(c), c);
}

}  // namespace ingot::codegen
