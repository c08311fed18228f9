// Statements: what each does to variables, attributes, and the return and
// yield types of the specialisation running it. Control flow is ignored
// (flow-insensitive analysis) except to know whether a function can end
// without a return, which makes None one of its results.
#include <algorithm>
#include <type_traits>

#include "types/control_flow.h"
#include "types/inference.h"

namespace ingot::types {
// Loops, try and with keep the narrowing facts (flow.cpp) on the names they do not bind.
template <class Loop>
void Inference::exec_for(const Loop* loop, bool async) {
  TypeId iterable = eval(loop->iter);
  if (async) {  // __aiter__ and __anext__ are looked up at run time (runtime/coroutine.h)
    escape(iterable);
    dynamic_method_call("__aiter__", iterable);
    dynamic_method_call("__anext__", kDyn);
  }
  forget_bound(loop);
  Facts entry = narrowings_;
  assign_iteration(loop->target, loop->iter, iterable, async);
  exec_body(loop->body);
  narrowings_ = entry;
  reachable_ = true;
  exec_body(loop->orelse);
  narrowings_ = common(narrowings_, entry);
  reachable_ = true;
}

template <class Try>
void Inference::exec_try(const Try* n) {
  Facts entry = narrowings_;
  exec_body(n->body);
  narrowings_ = std::move(entry);
  forget_bound(n);
  Facts anywhere = narrowings_;
  for (const ast::ExceptHandler* h : n->handlers) {
    narrowings_ = anywhere;
    reachable_ = true;
    exec_handler(h, std::is_same_v<Try, ast::TryStar>);
  }
  for (auto* block : {&n->orelse, &n->finalbody}) {
    narrowings_ = anywhere;
    reachable_ = true;
    exec_body(*block);
  }
}

template <class With>
void Inference::exec_with(const With* n, bool async) {
  for (const ast::WithItem* item : n->items) {
    TypeId manager = eval(item->context_expr);
    TypeId entered = kBottom;
    // Anything but one class or a file enters through the run-time lookup
    // (codegen/with.cpp), which calls the dyn specialisations.
    Kind kind = table().kind(manager);
    if (!async && kind != Kind::Instance && kind != Kind::File && kind != Kind::Bottom) {
      dynamic_method_call("__enter__", manager);
      dynamic_method_call("__exit__", manager);
    }
    if (async) {  // always the run-time lookup (runtime/coroutine.h)
      escape(manager);
      dynamic_method_call("__aenter__", manager);
      dynamic_method_call("__aexit__", manager);
    }
    for (TypeId m : members_of(manager)) {
      std::optional<TypeId> value;
      if (!async && table().kind(m) == Kind::Instance) {
        value = call_dunder(m, "__enter__", {});
        std::vector<Argument> exit_args(3, Argument{kDyn});
        call_dunder(m, "__exit__", exit_args);
      }
      if (!async && table().kind(m) == Kind::File) value = m;  // __enter__ returns the file
      entered = table().join(entered, value ? *value : kDyn);
    }
    if (item->optional_vars) assign(item->optional_vars, entered);
  }
  Facts entry = narrowings_;
  exec_body(n->body);
  narrowings_ = std::move(entry);
  forget_bound(n);
  reachable_ = true;
}

void Inference::exec(const ast::Stmt* stmt) {
  switch (stmt->kind) {
    case ast::Kind::FunctionDef:
    case ast::Kind::AsyncFunctionDef:
      return define_function(stmt);
    case ast::Kind::ClassDef:
      return define_class(static_cast<const ast::ClassDef*>(stmt));
    case ast::Kind::Return: {
      auto* n = static_cast<const ast::Return*>(stmt);
      return add_return(n->value ? eval(n->value) : kNone, n->value);
    }
    case ast::Kind::Delete:
      for (const ast::Expr* target : static_cast<const ast::Delete*>(stmt)->targets) delete_target(target);  // properties.cpp
      return;
    case ast::Kind::Assign: {
      auto* n = static_cast<const ast::Assign*>(stmt);
      TypeId value = eval(n->value);
      for (const ast::Expr* target : n->targets) assign(target, value, n->value);
      // A later target may refine the container all of them share (`self.l
      // = l = []` before `l.append(1)`): the earlier ones take that type too.
      if (TypeId refined = recorded(n->value); n->targets.size() > 1 && refined != value)
        for (const ast::Expr* target : n->targets) assign(target, refined, n->value);
      for (const ast::Expr* target : n->targets) after_assignment(target, value);  // flow.cpp
      return;
    }
    case ast::Kind::AugAssign: {
      auto* n = static_cast<const ast::AugAssign*>(stmt);
      TypeId current_value = eval(n->target);
      TypeId operand = eval(n->value);
      TypeId result = binary(n->op, current_value, operand, n->value, /*in_place=*/true, n->target);
      record(n, result);  // what is stored back: obj[k] += v on an instance passes it to __setitem__
      return assign(n->target, result);
    }
    case ast::Kind::AnnAssign: {
      auto* n = static_cast<const ast::AnnAssign*>(stmt);
      if (!n->value) return;
      TypeId value = eval(n->value);
      assign(n->target, value, n->value);
      return after_assignment(n->target, value);
    }
    case ast::Kind::For:
      return exec_for(static_cast<const ast::For*>(stmt), false);
    case ast::Kind::AsyncFor:
      return exec_for(static_cast<const ast::AsyncFor*>(stmt), true);
    case ast::Kind::While:
      return exec_while(static_cast<const ast::While*>(stmt));  // flow.cpp
    case ast::Kind::If:
      return exec_if(static_cast<const ast::If*>(stmt));  // narrowing.cpp
    case ast::Kind::With:
      return exec_with(static_cast<const ast::With*>(stmt), false);
    case ast::Kind::AsyncWith:
      return exec_with(static_cast<const ast::AsyncWith*>(stmt), true);
    case ast::Kind::Match:
      return exec_match(static_cast<const ast::Match*>(stmt));  // flow.cpp
    case ast::Kind::Raise: {
      auto* n = static_cast<const ast::Raise*>(stmt);
      if (n->exc) eval(n->exc);
      if (n->cause) eval(n->cause);
      return;
    }
    case ast::Kind::Try:
      return exec_try(static_cast<const ast::Try*>(stmt));
    case ast::Kind::TryStar:
      return exec_try(static_cast<const ast::TryStar*>(stmt));
    case ast::Kind::Assert: {
      auto* n = static_cast<const ast::Assert*>(stmt);
      condition(n->test);
      if (n->msg) eval(n->msg);
      return assume(tested(n->test).when_true);  // narrowing.cpp: what follows passed it
    }
    case ast::Kind::Import:
      return exec_import(static_cast<const ast::Import*>(stmt));  // modules.cpp
    case ast::Kind::ImportFrom:
      return exec_import_from(static_cast<const ast::ImportFrom*>(stmt));
    case ast::Kind::ExprStmt:
      eval(static_cast<const ast::ExprStmt*>(stmt)->value);
      return;
    default:  // Global, Nonlocal, Pass, Break, Continue
      return;
  }
}

Slot* Inference::variable_or_unknown(std::string_view name) {
  Slot* slot = variable(name);
  return slot ? slot : &unknown_;
}

void Inference::assign(const ast::Expr* target, TypeId value, const ast::Expr* source) {
  assign_target(target, value, source);
  if (source && holds_container(value)) share(source, value, place_of(target));  // aliasing.cpp
}

void Inference::assign_target(const ast::Expr* target, TypeId value, const ast::Expr* source) {
  switch (target->kind) {
    case ast::Kind::Name:
      record(target, value);
      if (!narrowings_.empty())
        if (auto n = tested_local(target, kNone, false)) forget(n->symbol);  // facts on the old value (flow.cpp)
      return write(*variable_or_unknown(static_cast<const ast::Name*>(target)->id), value);
    case ast::Kind::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(target);
      record(target, value);
      return store_attribute(eval(a->value), std::string(a->attr), value);
    }
    case ast::Kind::Subscript:
      return store_subscript(static_cast<const ast::Subscript*>(target), value);
    case ast::Kind::Starred:
      return assign(static_cast<const ast::Starred*>(target)->value, value == kBottom ? kBottom : table().list_of(iterate(value)));
    case ast::Kind::Tuple:
    case ast::Kind::List: {
      auto elts = target->kind == ast::Kind::Tuple ? static_cast<const ast::Tuple*>(target)->elts
                                                    : static_cast<const ast::List*>(target)->elts;
      record(target, value);
      size_t star = elts.size();
      for (size_t i = 0; i < elts.size(); ++i)
        if (elts[i]->kind == ast::Kind::Starred) star = i;
      const Type& type = table().get(table().unfold(unpacked(value)));
      // `a, b = x, y`: each element is its own assignment.
      auto* display = source ? ast::as<ast::Tuple>(source) : nullptr;
      if (display && star == elts.size() && type.kind == Kind::Tuple && display->elts.size() == elts.size() &&
          type.args.size() == elts.size()) {
        std::vector<TypeId> items = type.args;
        for (size_t i = 0; i < elts.size(); ++i) assign(elts[i], items[i], display->elts[i]);
        return;
      }
      if (type.kind == Kind::Tuple && (star == elts.size() ? type.args.size() == elts.size() : type.args.size() + 1 >= elts.size())) {
        std::vector<TypeId> items = type.args;
        size_t after = elts.size() - star - 1;
        for (size_t i = 0; i < elts.size(); ++i) {
          if (i < star) {
            assign(elts[i], items[i]);
          } else if (i == star) {
            TypeId middle = kBottom;
            for (size_t k = star; k < items.size() - after; ++k) middle = table().join(middle, items[k]);
            assign(static_cast<const ast::Starred*>(elts[i])->value, table().list_of(middle));
          } else {
            assign(elts[i], items[items.size() - (elts.size() - i)]);
          }
        }
        return;
      }
      TypeId element = iterate(value);
      for (const ast::Expr* e : elts) {
        if (auto* s = ast::as<ast::Starred>(e))
          assign(s->value, value == kBottom ? kBottom : table().list_of(element));
        else
          assign(e, element);
      }
      return;
    }
    default:
      eval(target);  // not a valid target; the parser does not produce it
      return;
  }
}

// The function's closure env: where its free variables will be found. A
// def in a class body closes over what the class body closes over; one
// made in a comprehension of the module body, over the comprehension's
// cells, which live in the module body's specialisation.
SpecId Inference::closure_env() {
  if (current().class_body != kNoClass) return current().env;
  if (current().function == kNoFunction) return sema::is_comprehension(scope_->kind) ? current_ : kNoSpec;
  return current_;
}

void Inference::define_function(const ast::Node* node) {
  FunctionInfo& f = out_.functions[function_of_node_.at(node)];
  std::span<ast::Expr* const> decorators;
  const ast::Arguments* args;
  std::string_view name;
  if (auto* def = ast::as<ast::FunctionDef>(node)) {
    decorators = def->decorator_list, args = def->args, name = def->name;
  } else {
    auto* async = static_cast<const ast::AsyncFunctionDef*>(node);
    decorators = async->decorator_list, args = async->args, name = async->name;
  }
  std::vector<TypeId> decorator_types;
  for (const ast::Expr* d : decorators) decorator_types.push_back(eval(d));
  evaluate_defaults(f, args);
  TypeId value = table().function(f.id, closure_env());
  // Decorators apply bottom-up; the ones that make methods static, class or
  // property methods are read from the function itself (MethodKind).
  if (f.method_kind == MethodKind::Decorated || (f.owner == kNoClass && f.method_kind != MethodKind::Plain)) {
    for (size_t i = decorator_types.size(); i-- > 0;) {
      Argument arg{value};
      value = call(decorator_types[i], {&arg, 1});
    }
  }
  if (f.method_kind == MethodKind::PropertyAccessor) return define_accessor(f, decorators, value);  // properties.cpp
  write(*variable_or_unknown(name), value);
}

void Inference::evaluate_defaults(FunctionInfo& f, const ast::Arguments* args) {
  size_t index = 0;
  for (const ast::Expr* d : args->defaults) write(f.defaults[index++], eval(d));
  for (const ast::Expr* d : args->kw_defaults)
    if (d) write(f.defaults[index++], eval(d));
}

// A base `Generic[T]` (`Iterable[int]`): a subscripted class stands for
// the class itself, as typing's __mro_entries__ makes it. (Code generation
// checks that the class has a __class_getitem__: its methods are not all
// known while the bases are read.) Other bases are evaluated as they are.
TypeId Inference::eval_base(const ast::Expr* base) {
  auto* s = ast::as<ast::Subscript>(base);
  if (!s) return eval(base);
  TypeId origin = eval(s->value);
  TypeId slice = eval(s->slice);
  return table().kind(origin) == Kind::Class ? origin : subscript(origin, slice, s->slice);
}

void Inference::define_class(const ast::ClassDef* node) {
  ClassInfo& cls = out_.classes[class_of_node_.at(node)];
  std::vector<TypeId> bases;
  for (const ast::Expr* base : node->bases) bases.push_back(eval_base(base));
  bool metaclass_known = true;  // (a metaclass from a module analysed later)
  for (const ast::Keyword* k : node->keywords)
    if (eval(k->value) == kBottom && k->arg == "metaclass") metaclass_known = false;
  std::vector<TypeId> decorators;
  for (const ast::Expr* d : node->decorator_list) decorators.push_back(eval(d));
  if (cls.body == kNoSpec) {
    if (std::find(bases.begin(), bases.end(), kBottom) != bases.end() || !metaclass_known) return;  // not known yet
    for (TypeId base : bases) {
      const Type& t = table().get(base);
      if (t.kind == Kind::Class) {
        cls.bases.push_back(t.a);
      } else if (t.kind == Kind::Builtin && builtin_info(t.a).name == "object") {
      } else if (t.kind == Kind::Builtin && builtin_info(t.a).kind == BuiltinKind::Exception) {
        cls.builtin_base = builtin_info(t.a).name;
        cls.exception_bases.emplace_back(cls.bases.size(), cls.builtin_base);
      } else if (t.kind == Kind::Builtin) {
        cls.builtin_base = builtin_info(t.a).name;
        cls.unknown_base = true;
      } else {
        cls.unknown_base = true;
      }
    }
    for (const ast::Keyword* k : node->keywords)
      if (!k->arg.data()) cls.unknown_base = true;  // `**options` may name a metaclass
    compute_mro(cls);
    resolve_metaclass(cls, node);  // metaclasses.cpp
    cls.body = new_spec(cls.scope, kNoFunction, cls.id, closure_env(), {});
  }
  note_callee(cls.body);
  // An exception may be printed where nothing names its class (a
  // traceback, `except Exception as e: print(e)`): its __str__ and
  // __repr__ may run.
  // `raise E` makes an E; a base the analysis cannot see may make anything.
  // Both are made by the runtime, as dyn values.
  if (!cls.builtin_base.empty() || cls.unknown_base) mark_class_live(cls.id), mark_class_boxed(cls.id, false);
  if (!cls.builtin_base.empty() && !cls.unknown_base) {
    call_dunder(table().instance_of(cls.id), "__str__", {});
    call_dunder(table().instance_of(cls.id), "__repr__", {});
  }
  TypeId value = table().class_object(cls.id);
  if (!cls.unknown_base) set_names(cls.id);  // descriptors.cpp
  init_subclass(cls, node);
  run_metaclass(cls, node);  // metaclasses.cpp
  for (size_t i = decorators.size(); i-- > 0;) {
    Argument arg{value};
    value = call(decorators[i], {&arg, 1});
  }
  write(*variable_or_unknown(node->name), value);
}

// The new class's first base along its MRO with __init_subclass__ runs it
// on the class, with the class statement's keywords.
void Inference::init_subclass(const ClassInfo& cls, const ast::ClassDef* node) {
  if (cls.unknown_base) return;
  for (size_t i = 1; i < cls.mro.size(); ++i) {
    auto& attributes = out_.classes[cls.mro[i]].class_attributes;
    auto it = attributes.find("__init_subclass__");
    if (it == attributes.end() || read(it->second) == kBottom) continue;
    std::vector<Argument> args;
    for (const ast::Keyword* k : node->keywords)
      if (k->arg != "metaclass") args.push_back(Argument{eval(k->value), k->value, k->arg});
    call(bind(read(it->second), table().class_object(cls.id), cls.mro[i]), args);
    return;
  }
}

void Inference::bind_parameters(const FunctionInfo& function, const Spec& spec) {
  for (size_t i = 0; i < function.params.size(); ++i)
    write(current().variables[function.params[i].symbol], spec.args[i]);
}

// `for target in iter`: the items a loop binds are the iterable's own (a
// list of lists whose rows the loop grows grows too).
void Inference::assign_iteration(const ast::Expr* target, const ast::Expr* iter, TypeId iterable, bool async) {
  if (async) return assign(target, iterable == kBottom ? kBottom : kDyn);
  assign(target, iterate(iterable));
  if (!iter || !holds_container(iterable)) return;
  share(iter, iterable, iterating(iterable, place_of(target)));
}

void Inference::add_return(TypeId value, const ast::Expr* source) {
  Spec& spec = current();
  if (spec.function == kNoFunction) return;
  const FunctionInfo& f = out_.functions[spec.function];
  if (f.is_async) return write(spec.result, kDyn);
  if (f.is_generator) return write(spec.result, table().generator_of(spec.yields));
  write(spec.result, value);
  if (source && holds_container(value)) share(source, value, read(spec.result));  // the caller may grow what it returns
}

void Inference::add_yield(TypeId value) {
  Spec& spec = current();
  spec.yields = table().join(spec.yields, value);
  add_return(kNone);
}

// `except* E as eg` binds the group of the E's.
void Inference::exec_handler(const ast::ExceptHandler* handler, bool star) {
  TypeId caught = kDyn;
  if (handler->type) {
    TypeId classes = eval(handler->type);
    caught = kBottom;
    std::vector<TypeId> pending{classes};
    while (!pending.empty()) {
      TypeId t = pending.back();
      pending.pop_back();
      for (TypeId m : members_of(t)) {
        const Type& type = table().get(m);
        if (type.kind == Kind::Class) {
          // A subclass's instance is caught too: then `C+`.
          ClassId cls = type.a;
          read(out_.classes[cls].subclasses);
          bool subclassed = std::any_of(out_.classes.begin(), out_.classes.end(), [&](const ClassInfo& sub) {
            return sub.id != cls && sub.live && !sub.mro.empty() && is_subclass(sub.id, cls);
          });
          caught = table().join(caught, table().instance_of(cls, subclassed));
        } else if (type.kind == Kind::Builtin && builtin_info(type.a).kind == BuiltinKind::Exception) {
          caught = table().join(caught, table().exception_instance(type.a));
        } else if (type.kind == Kind::Tuple || type.kind == Kind::TupleOf) {
          pending.insert(pending.end(), type.args.begin(), type.args.end());
        } else {
          caught = kDyn;
        }
      }
    }
  }
  if (star) caught = table().exception_instance(*find_builtin("BaseExceptionGroup"));
  if (handler->name.data()) write(*variable_or_unknown(handler->name), caught);
  exec_body(handler->body);
}

void Inference::exec_pattern(const ast::Pattern* pattern, TypeId subject) {
  auto bind_name = [&](ast::Identifier name, TypeId type) {
    if (name.data()) write(*variable_or_unknown(name), type);
  };
  switch (pattern->kind) {
    case ast::Kind::MatchValue:
      eval(static_cast<const ast::MatchValue*>(pattern)->value);
      return;
    case ast::Kind::MatchSequence: {
      // Only sequences match (str, bytes and mappings do not): the others
      // give the captured names no value.
      TypeId sequences = kBottom;
      for (TypeId m : members_of(subject)) {
        Kind k = table().kind(m);
        if (k == Kind::List || k == Kind::Tuple || k == Kind::TupleOf || k == Kind::Range || k == Kind::Instance ||
            k == Kind::Dyn)
          sequences = table().join(sequences, m);
      }
      TypeId element = sequences == kBottom ? kBottom : iterate(sequences);
      // An instance that is a sequence (a named tuple, a list subclass) is
      // measured and indexed at run time (runtime/match.cpp).
      bool instances = false;
      for (TypeId m : members_of(sequences)) instances |= table().kind(m) == Kind::Instance || m == kDyn;
      if (instances) dynamic_method_call("__len__", sequences), dynamic_method_call("__getitem__", sequences);
      for (const ast::Pattern* p : static_cast<const ast::MatchSequence*>(pattern)->patterns) {
        if (auto* star = ast::as<ast::MatchStar>(p))
          bind_name(star->name, sequences == kBottom ? kBottom : table().list_of(element));
        else
          exec_pattern(p, element);
      }
      return;
    }
    case ast::Kind::MatchMapping: {
      auto* n = static_cast<const ast::MatchMapping*>(pattern);
      for (const ast::Expr* key : n->keys) eval(key);
      TypeId value = kBottom;
      TypeId mappings = kBottom;
      for (TypeId m : members_of(subject)) {
        const Type& t = table().get(m);
        if (t.kind == Kind::Dict) value = table().join(value, t.args[1]), mappings = table().join(mappings, m);
        if (t.kind == Kind::Instance || t.kind == Kind::Dyn) value = kDyn, mappings = table().join(mappings, m);
      }
      if (value == kDyn) {
        // A mapping that holds no dict is read through its get(), and
        // **rest through keys() and [] (runtime/match.cpp).
        dynamic_method_call("get", mappings);
        if (n->rest.data()) dynamic_method_call("keys", mappings), dynamic_method_call("__getitem__", mappings);
      }
      for (const ast::Pattern* p : n->patterns) exec_pattern(p, value);
      if (mappings != kBottom) bind_name(n->rest, table().kind(mappings) == Kind::Dict ? mappings : table().dict_of(kDyn, kDyn));
      return;
    }
    case ast::Kind::MatchClass: {
      auto* n = static_cast<const ast::MatchClass*>(pattern);
      TypeId cls = eval(n->cls);
      TypeId narrowed = table().kind(cls) == Kind::Class ? table().instance_of(table().get(cls).a) : kDyn;
      for (const ast::Pattern* p : n->patterns) exec_pattern(p, kDyn);
      for (size_t i = 0; i < n->kwd_patterns.size(); ++i)
        exec_pattern(n->kwd_patterns[i], load_attribute(narrowed, std::string(n->kwd_attrs[i])));
      return;
    }
    case ast::Kind::MatchAs: {
      auto* n = static_cast<const ast::MatchAs*>(pattern);
      if (n->pattern) exec_pattern(n->pattern, subject);
      bind_name(n->name, subject);
      return;
    }
    case ast::Kind::MatchOr:
      for (const ast::Pattern* p : static_cast<const ast::MatchOr*>(pattern)->patterns) exec_pattern(p, subject);
      return;
    case ast::Kind::MatchStar:
      bind_name(static_cast<const ast::MatchStar*>(pattern)->name, table().list_of(kDyn));
      return;
    default:  // MatchSingleton
      return;
  }
}

}  // namespace ingot::types
