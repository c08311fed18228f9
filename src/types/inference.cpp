#include "types/inference.h"

#include <algorithm>
#include <stdexcept>

#include "ast/class_body.h"
#include "sema/mangle.h"
#include "types/control_flow.h"

namespace ingot::types {

Inference::Inference(const sema::Program& program) : program_(program) {
  unknown_.type = kDyn;
  size_t modules = program.modules.size();
  out_.globals.resize(modules);
  owner_of_scope_.resize(modules);
  module_names_bound_.resize(modules);
  out_.builtin_fallback_reads.resize(modules);
  for (sema::ModuleId m = 0; m < modules; ++m) {
    enter_module(m);
    collect_definitions();
    for (const ast::Expr* read : ast::reads_before_binding(program.modules[m].tree->body))
      if (find_builtin(static_cast<const ast::Name*>(read)->id)) out_.builtin_fallback_reads[m].insert(read);
  }
  collect_module_names();  // modules.cpp
  enter_module(sema::kMainModule);
}

void Inference::enter_module(sema::ModuleId module) {
  module_ = module;
  symbols_ = program_.modules[module].symbols;
}

// A scope's part of a qualified name: CPython's, except that lambdas carry
// their line (`<lambda@3>`) so that a dump tells them apart.
std::string Inference::display_name(const sema::Scope& scope) {
  if (scope.kind == sema::ScopeKind::Lambda) return "<lambda@" + std::to_string(scope.loc.lineno) + ">";
  if (sema::is_comprehension(scope.kind)) return "<" + scope.name + ">";
  return scope.name;
}

// Functions and classes get their ids up front, in source order (module by
// module), so that the ids (and the dump) do not depend on the order the
// worklist reaches them.
void Inference::collect_definitions() {
  size_t n = symbols_->scopes().size();
  auto& owner_of_scope = owner_of_scope_[module_];
  owner_of_scope.resize(n);
  for (const sema::Scope& scope : symbols_->scopes()) {
    const sema::Scope* owner = &scope;
    while (sema::is_comprehension(owner->kind) && owner->parent) owner = &symbols_->scope(*owner->parent);
    owner_of_scope[scope.id] = owner;
  }
  std::vector<std::string> qualnames(n);
  for (const sema::Scope& scope : symbols_->scopes()) {
    if (scope.kind == sema::ScopeKind::Annotation) continue;
    if (scope.parent) {
      const sema::Scope& parent = symbols_->scope(*scope.parent);
      std::string prefix = qualnames[parent.id];
      if (parent.kind != sema::ScopeKind::Module && parent.kind != sema::ScopeKind::Class) prefix += ".<locals>";
      qualnames[scope.id] = (prefix.empty() ? "" : prefix + ".") + display_name(scope);
    }
    if (scope.kind == sema::ScopeKind::Class) {
      ClassInfo& cls = out_.classes.emplace_back();
      cls.id = static_cast<ClassId>(out_.classes.size() - 1);
      cls.module = module_;
      cls.node = ast::as<ast::ClassDef>(scope.node);
      cls.reads_before_binding = ast::reads_before_binding(cls.node);
      cls.scope = &scope;
      cls.name = qualnames[scope.id];
      class_of_node_[scope.node] = cls.id;
      out_.table.name_class(cls.id, cls.name);
      continue;
    }
    if (scope.kind != sema::ScopeKind::Function && scope.kind != sema::ScopeKind::Lambda) continue;
    FunctionInfo& f = out_.functions.emplace_back();
    f.id = static_cast<FunctionId>(out_.functions.size() - 1);
    f.module = module_;
    f.node = scope.node;
    f.scope = &scope;
    f.qualname = qualnames[scope.id];
    f.is_generator = scope.generator;
    f.is_async = scope.coroutine || scope.node->kind == ast::Kind::AsyncFunctionDef;
    function_of_node_[scope.node] = f.id;
    if (scope.parent && symbols_->scope(*scope.parent).kind == sema::ScopeKind::Class)
      f.owner = class_of_node_.at(symbols_->scope(*scope.parent).node);
    f.method_kind = method_kind(scope.node, f.owner != kNoClass);
    // __init_subclass__ and __class_getitem__ are classmethods without
    // saying so (type.__new__ makes them ones), and __new__ a staticmethod.
    if (auto* def = ast::as<ast::FunctionDef>(scope.node);
        def && f.owner != kNoClass && (def->name == "__init_subclass__" || def->name == "__class_getitem__") &&
        f.method_kind == MethodKind::Plain)
      f.method_kind = MethodKind::ClassMethod;
    if (auto* def = ast::as<ast::FunctionDef>(scope.node);
        def && f.owner != kNoClass && def->name == "__new__" && f.method_kind == MethodKind::Plain)
      f.method_kind = MethodKind::Static;
    out_.table.name_function(f.id, f.qualname);
    const ast::Arguments* args = nullptr;
    if (auto* def = ast::as<ast::FunctionDef>(scope.node)) args = def->args;
    if (auto* def = ast::as<ast::AsyncFunctionDef>(scope.node)) args = def->args;
    if (auto* lambda = ast::as<ast::Lambda>(scope.node)) args = lambda->args;
    auto add = [&](const ast::Arg* arg, ParamKind kind) {
      Param& p = f.params.emplace_back();
      p.name = arg->arg;
      const sema::Symbol* symbol = symbols_->lookup(scope, p.name);
      p.symbol = symbol ? symbol->id : 0;
      p.kind = kind;
    };
    for (const ast::Arg* a : args->posonlyargs) add(a, ParamKind::PositionalOnly);
    for (const ast::Arg* a : args->args) add(a, ParamKind::Positional);
    // Positional defaults belong to the last positional parameters.
    size_t positional = f.params.size();
    for (size_t i = 0; i < args->defaults.size(); ++i)
      f.params[positional - args->defaults.size() + i].default_index = static_cast<int>(f.defaults.size() + i);
    f.defaults.resize(args->defaults.size());
    if (args->vararg) add(args->vararg, ParamKind::VarArgs);
    for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
      add(args->kwonlyargs[i], ParamKind::KeywordOnly);
      if (args->kw_defaults[i]) {
        f.params.back().default_index = static_cast<int>(f.defaults.size());
        f.defaults.emplace_back();
      }
    }
    if (args->kwarg) add(args->kwarg, ParamKind::VarKeywords);
  }
  for (const sema::Scope& scope : symbols_->scopes())
    for (const sema::Symbol* symbol : symbols_->symbols_of(scope)) {
      bool module_binding = scope.kind == sema::ScopeKind::Module && (symbol->flags & sema::kDefBound);
      bool global_binding = symbol->resolution == sema::Resolution::GlobalExplicit && (symbol->flags & sema::kDefLocal);
      if (module_binding || global_binding) module_names_bound_[module_].insert(symbol->name);
    }
}

// Which decorators a def has decides how an instance binds it; only the
// builtins' names are recognised (a program that rebinds `property` gets
// them wrong: a known limit). An abstractmethod under one of them does
// not change the kind (`@property @abstractmethod def area(self)`), and a
// method with no other decorator is a plain one: abstract_classes.cpp
// reads the decorator from the def (abstractmethod's result, shared by
// every abstract method of the program, would be dyn past kMaxSpecs).
MethodKind Inference::method_kind(const ast::Node* node, bool method) {
  // An async def has a def's fields in the same order (ast/nodes.def); its
  // decorators apply as a def's do.
  auto* def = node->kind == ast::Kind::AsyncFunctionDef ? reinterpret_cast<const ast::FunctionDef*>(node)
                                                         : ast::as<ast::FunctionDef>(node);
  if (!def || def->decorator_list.empty()) return MethodKind::Plain;
  std::vector<const ast::Expr*> decorators = ast::decorators_past_abstract(def);
  if (decorators.empty() && method) return MethodKind::Plain;
  if (decorators.size() != 1) return MethodKind::Decorated;
  const ast::Expr* d = decorators[0];
  if (auto* name = ast::as<ast::Name>(d)) {
    if (name->id == "staticmethod") return MethodKind::Static;
    if (name->id == "classmethod") return MethodKind::ClassMethod;
    if (name->id == "property") return MethodKind::Property;
  }
  if (auto* attr = ast::as<ast::Attribute>(d))
    if (attr->attr == "setter" || attr->attr == "deleter" || attr->attr == "getter") return MethodKind::PropertyAccessor;
  return MethodKind::Decorated;
}

namespace {
constexpr size_t kMaxEvaluationsPerSpec = 1000;

// Whether a class statement directly in `function` reads its variables
// (its body or methods name one of the function's cells).
bool defines_closing_class(const sema::SymbolTable& symbols, const sema::Scope& function) {
  for (sema::ScopeId child : function.children) {
    if (symbols.scope(child).kind != sema::ScopeKind::Class) continue;
    std::vector<const sema::Scope*> scopes{&symbols.scope(child)};
    for (size_t i = 0; i < scopes.size(); ++i) {
      for (sema::SymbolId id : scopes[i]->symbols) {
        const sema::Symbol& symbol = symbols.symbol(id);
        if (!symbol.is_free() || symbol.name == "__class__") continue;
        if (const sema::Symbol* owner = symbols.lookup(function, symbol.name); owner && owner->is_cell()) return true;
      }
      for (sema::ScopeId nested : scopes[i]->children) scopes.push_back(&symbols.scope(nested));
    }
  }
  return false;
}
}  // namespace

ProgramTypes Inference::run() {
  // Every module body first, so that module m's is specs[m].
  for (sema::ModuleId m = 0; m < program_.modules.size(); ++m) {
    enter_module(m);
    scope_ = &symbols_->module();
    new_spec(&symbols_->module(), kNoFunction, kNoClass, kNoSpec, {});
  }
  while (!queue_.empty()) {
    SpecId next = queue_.front();
    queue_.pop_front();
    queued_[next] = false;
    evaluate(next);
    // Every slot grows a bounded number of times (docs/types.md,
    // "Termination bounds"), so this is only reached through a bug in the
    // lattice; better an internal error than a compiler that never returns.
    if (++evaluations_ > kMaxEvaluationsPerSpec * out_.specs.size() + kMaxEvaluationsPerSpec)
      throw std::runtime_error("type inference did not converge");
  }
  mark_live();
  return std::move(out_);
}

SpecId Inference::new_spec(const sema::Scope* scope, FunctionId function, ClassId class_body, SpecId env,
                           std::vector<TypeId> args) {
  auto spec = std::make_unique<Spec>();
  spec->id = static_cast<SpecId>(out_.specs.size());
  spec->module = function != kNoFunction    ? out_.functions[function].module
                 : class_body != kNoClass ? out_.classes[class_body].module
                                          : module_;
  spec->scope = scope;
  spec->function = function;
  spec->class_body = class_body;
  spec->env = env;
  spec->args = std::move(args);
  out_.specs.push_back(std::move(spec));
  queued_.push_back(false);
  enqueue(out_.specs.back()->id);
  return out_.specs.back()->id;
}

// At most kMaxSpecs precise specialisations per function; every later tuple
// of argument types shares the one on dyn arguments (docs/types.md).
SpecId Inference::specialise(FunctionId function, SpecId env, std::vector<TypeId> args, bool on_dyn) {
  auto& index = spec_index_[{function, env}];
  // A precise specialisation that happens to take the dyn arguments (a
  // method's C+ self, nothing else) does not serve a request for the dyn
  // one: only that gets the boxed entry (codegen/function_values.cpp).
  auto serves = [&](SpecId id) { return !on_dyn || out_.specs[id]->on_dyn; };
  if (auto it = index.find(args); it != index.end() && serves(it->second)) return it->second;
  FunctionInfo& f = out_.functions[function];
  // A function whose class statement reads its variables has one
  // specialisation, on its calls' argument types joined: the class is one
  // type, and its methods have one environment (codegen/run_classes.cpp:
  // a class object per run). A decorator defining a wrapper class is
  // called with a different function each time.
  if (!on_dyn && !f.specs.empty() && out_.specs[f.specs[0]]->env == env &&
      defines_closing_class(*program_.modules[f.module].symbols, *f.scope)) {
    Spec& joined = *out_.specs[f.specs[0]];
    bool widened = false;
    for (size_t i = 0; i < args.size() && i < joined.args.size(); ++i) {
      TypeId both = table().join(joined.args[i], args[i]);
      widened |= both != joined.args[i];
      joined.args[i] = both;
    }
    if (widened) enqueue(joined.id);
    return index[std::move(args)] = joined.id;
  }
  bool precise = f.specs.size() < kMaxSpecs && !on_dyn;
  std::vector<TypeId> key = precise ? args : dyn_arguments(f, args.size());
  // A classmethod called on a subclass keeps its class past kMaxSpecs (its
  // other arguments dyn): what `cls()` makes depends on it. So does a
  // metaclass's method on one of its classes (its __init__ and __new__ on
  // each class statement: types/metaclasses.cpp).
  bool class_first = f.method_kind == MethodKind::ClassMethod ||
                     (f.owner != kNoClass && is_metaclass(f.owner) &&
                      (f.method_kind == MethodKind::Plain || f.method_kind == MethodKind::Static));
  bool own_class = !precise && !on_dyn && class_first && !args.empty() && args[0] != key[0] &&
                   table().kind(args[0]) == Kind::Class;
  if (own_class) key[0] = args[0];
  if (!precise)
    if (auto it = index.find(key); it != index.end() && serves(it->second)) return index[args] = it->second;
  if (defer_new_specs_) {
    deferred_.push_back({function, env, std::move(args), on_dyn});
    return kNoSpec;
  }
  SpecId id = new_spec(f.scope, function, kNoClass, env, key);
  if (precise) {
    f.specs.push_back(id);
  } else if (own_class) {
    f.specs.push_back(id);
    index[key] = id;
  } else {
    out_.specs[id]->on_dyn = true;
    f.dyn_spec = id;
    index[key] = id;
  }
  return index[std::move(args)] = id;
}

// A method's receiver stays an instance of its class or a subclass (C+),
// so that `self.x` keeps the attribute types and `self.m()` sees overrides.
// A lambda in a class body need not be a method (`OPS = {"+": lambda a,
// b: a + b}` is called unbound), so its receiver stays dyn.
std::vector<TypeId> Inference::dyn_arguments(const FunctionInfo& f, size_t count) {
  std::vector<TypeId> args(count, kDyn);
  if (f.owner == kNoClass || args.empty() || f.params[0].kind == ParamKind::VarArgs) return args;
  if (f.node->kind == ast::Kind::Lambda) return args;
  if (f.method_kind == MethodKind::Plain || f.method_kind == MethodKind::Property)
    args[0] = out_.table.instance_of(f.owner, /*or_subclass=*/true);
  if (f.method_kind == MethodKind::ClassMethod) args[0] = out_.table.class_object(f.owner);
  return args;
}

void Inference::note_callee(SpecId callee) {
  auto& callees = current().callees;
  if (std::find(callees.begin(), callees.end(), callee) == callees.end()) callees.push_back(callee);
}

void Inference::enqueue(SpecId spec) {
  if (queued_[spec]) return;
  queued_[spec] = true;
  queue_.push_back(spec);
}

// Runs the body until the types it reads stop growing, with calls that
// would need a new specialisation answering "no value yet"; only then are
// those specialisations made, from argument types that have settled. Making
// them from the first pass's half-known types would waste the limited
// specialisations on tuples no call ends up with.
void Inference::evaluate(SpecId id) {
  SpecId saved_spec = current_;
  const sema::Scope* saved_scope = scope_;
  sema::ModuleId saved_module = module_;
  std::vector<Narrowing> saved_narrowings = std::exchange(narrowings_, {});  // another function's
  current_ = id;
  Spec& spec = current();
  enter_module(spec.module);
  bool saved_reachable = reachable_;
  do {
    current_changed_ = false;
    narrowings_.clear();
    reachable_ = true;
    defer_new_specs_ = true;
    deferred_.clear();
    escaped_.clear();
    spec.callees.clear();
    // What runs is what this pass reaches, as with the callees: a region an
    // earlier pass reached on types that were not yet known (a local with no
    // value passes every test) may be one the narrowing facts now rule out,
    // and code generation must see it dead, not its half-typed expressions.
    spec.guarded.clear();
    spec.reached.clear();
    call_results_[id].clear();
    scope_ = spec.scope;
    if (spec.function != kNoFunction) {
      const FunctionInfo& f = out_.functions[spec.function];
      bind_parameters(f, spec);
      if (auto* lambda = ast::as<ast::Lambda>(f.node)) {
        add_return(eval(lambda->body), lambda->body);
      } else if (auto* def = ast::as<ast::FunctionDef>(f.node)) {
        exec_function_body(def->body);
      } else if (auto* def = ast::as<ast::AsyncFunctionDef>(f.node)) {
        exec_function_body(def->body);
        add_return(kNone);  // a call makes a coroutine, whatever the body does
      }
    } else if (spec.class_body != kNoClass) {
      exec_body(out_.classes[spec.class_body].node->body);
    } else {
      exec_body(program_.modules[module_].tree->body);
    }
    // What the dyn specialisation returns goes to boxed callers, which the
    // analysis does not follow (a closure a callback of reduce() returns).
    if (spec.on_dyn) escape(read(spec.result));
  } while (current_changed_);
  defer_new_specs_ = false;
  if (spec.class_body != kNoClass && !out_.classes[spec.class_body].body_evaluated) {
    // Lookups that found nothing waited (kBottom) for the body; now an
    // absent name is an answer (dyn, or the next class in the MRO).
    out_.classes[spec.class_body].body_evaluated = true;
    for (auto& [name, slot] : out_.classes[spec.class_body].class_attributes)
      for (SpecId reader : slot.readers) enqueue(reader);
    for (SpecId reader : spec.result.readers) enqueue(reader);  // those that listed the attributes (set_names)
  }
  auto requests = std::move(deferred_);
  for (Request& request : requests) {
    SpecId callee = specialise(request.function, request.env, std::move(request.args), request.on_dyn);
    note_callee(callee);
    // The caller reads the new specialisation's result.
    auto& readers = out_.specs[callee]->result.readers;
    if (std::find(readers.begin(), readers.end(), id) == readers.end()) readers.push_back(id);
  }
  current_ = saved_spec;
  scope_ = saved_scope;
  narrowings_ = std::move(saved_narrowings);
  reachable_ = saved_reachable;
  enter_module(saved_module);
}

void Inference::exec_function_body(std::span<ast::Stmt* const> body) {
  exec_body(body);
  if (falls_through(body)) add_return(kNone);
}

TypeId Inference::read(Slot& slot) {
  if (&slot == &unknown_) return kDyn;
  if (std::find(slot.readers.begin(), slot.readers.end(), current_) == slot.readers.end())
    slot.readers.push_back(current_);
  return slot.type;
}

namespace {

// Whether a value of type `t` holds dyn values (itself, or in a container).
bool holds_dyn(const TypeTable& table, TypeId t) {
  if (t == kDyn) return true;
  for (TypeId arg : table.get(t).args)
    if (holds_dyn(table, arg)) return true;
  return false;
}

}  // namespace

void Inference::write(Slot& slot, TypeId type) {
  if (&slot == &unknown_) return escape(type);
  TypeId joined = out_.table.join(slot.type, type);
  // Items joined into a container of dyn items (`cache[0] = obj` on a
  // list[dyn]) are boxed there: dyn receivers may reach them.
  if (joined != kDyn && type != joined && holds_dyn(out_.table, joined)) escape(type);
  // A value joined into dyn (a union past its bound) is read as a Value
  // from then on, which may be called through its boxed entry.
  // The old type's escape lasts: the passes that wrote it may not run
  // again, and a later pass of this one only sees the slot as dyn.
  if (joined == kDyn) {
    escape(type);
    escape(slot.type, /*lasting=*/slot.type != kDyn);
  }
  if (joined == slot.type) return;
  slot.type = joined;
  notify_readers(slot);
}

void Inference::notify_readers(Slot& slot) {
  for (SpecId reader : slot.readers) {
    if (reader == current_)
      current_changed_ = true;
    else
      enqueue(reader);
  }
}

void Inference::record(const ast::Node* expr, TypeId type) {
  TypeId& known = current().expressions[expr];
  known = out_.table.join(known, type);
}

const sema::Scope& Inference::owner_scope(const sema::Scope& scope) const { return *owner_of_scope_[module_][scope.id]; }

Slot* Inference::global(const std::string& name) {
  if (!module_names_bound_[module_].count(name)) return nullptr;
  return &out_.globals[module_][name];
}

Slot* Inference::variable(std::string_view raw) {
  std::string name = sema::mangle_in(*symbols_, *scope_, raw);  // a def's or class's name as bound
  const sema::Symbol* symbol = symbols_->lookup(*scope_, name);
  if (!symbol) return global(name);
  switch (symbol->resolution) {
    case sema::Resolution::GlobalExplicit:
    case sema::Resolution::GlobalImplicit:
    case sema::Resolution::Unresolved:
      return global(name);
    case sema::Resolution::Free:
      return free_variable(*scope_, name);
    case sema::Resolution::Local:
    case sema::Resolution::Cell:
      break;
  }
  if (scope_->kind == sema::ScopeKind::Module) return global(name);
  if (scope_->kind == sema::ScopeKind::Class) return &out_.classes[class_of_node_.at(scope_->node)].class_attributes[name];
  return &current().variables[symbol->id];
}

// A free name lives in the nearest enclosing function scope that binds it
// (class bodies do not count), in the specialisation of that function the
// closure was made in: the env chain leads there.
Slot* Inference::free_variable(const sema::Scope& scope, const std::string& name) {
  const sema::Scope* binder = &scope;
  const sema::Symbol* symbol = nullptr;
  while (binder->parent) {
    binder = &symbols_->scope(*binder->parent);
    if (binder->kind == sema::ScopeKind::Class) continue;
    symbol = symbols_->lookup(*binder, name);
    if (symbol && symbol->is_local()) break;
    symbol = nullptr;
  }
  if (!symbol) return &unknown_;
  if (binder->kind == sema::ScopeKind::Module) return global(name);
  const sema::Scope* owner = &owner_scope(*binder);
  SpecId at = current_;
  while (at != kNoSpec && out_.specs[at]->scope != owner) at = out_.specs[at]->env;
  if (at == kNoSpec) return &unknown_;
  return &out_.specs[at]->variables[symbol->id];
}

// A specialisation is emitted if a module reaches it through the calls of
// the final evaluations; the rest were made from types that later grew.
// A closure's specialisation brings the one it was made in (its env): a
// slot may still hold the closure type of an env that later evaluations
// no longer call. The dyn specialisations of lasting escapes count as
// reached once their env is: a closure of an env that is not emitted
// never exists.
void Inference::mark_live() {
  std::vector<SpecId> stack;
  for (sema::ModuleId m = 0; m < program_.modules.size(); ++m) stack.push_back(m);
  while (!stack.empty()) {
    while (!stack.empty()) {
      Spec& spec = *out_.specs[stack.back()];
      stack.pop_back();
      if (spec.live) continue;
      spec.live = true;
      for (SpecId callee : spec.callees) stack.push_back(callee);
      if (spec.env != kNoSpec) stack.push_back(spec.env);
    }
    for (const auto& spec : out_.specs)
      if (!spec->live && spec->on_dyn && lasting_escapes_.count({spec->function, spec->env}) &&
          (spec->env == kNoSpec || out_.specs[spec->env]->live))
        stack.push_back(spec->id);
  }
  for (const auto& spec : out_.specs)
    if (spec->live) out_.to_emit.push_back(spec->id);
}

}  // namespace ingot::types
