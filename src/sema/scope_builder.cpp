#include "sema/scope_builder.h"

#include <utility>

#include "sema/errors.h"
#include "sema/mangle.h"

namespace ingot::sema {
namespace {

// CPython's limit: the interpreter's recursion limit (1000) times its
// COMPILER_STACK_FRAME_SCALE (3).
constexpr int kMaxDepth = 3000;

}  // namespace

ScopeBuilder::DepthGuard::DepthGuard(ScopeBuilder& builder) : b(builder) {
  if (++b.depth_ > kMaxDepth) raise_recursion();
}

void ScopeBuilder::build(const ast::Module& module) {
  table_.future_features_ = future_;
  enter(ScopeKind::Module, "top", &module);
  statements(module.body);
  exit();
}

bool ScopeBuilder::future_annotations() const { return future_ & kFutureAnnotations; }

// --- scopes and names ---

void ScopeBuilder::enter(ScopeKind kind, std::string name, const ast::Node* node) {
  ast::Loc loc = kind == ScopeKind::Module ? ast::Loc{} : node->loc;
  Scope& scope = table_.add_scope(kind, std::move(name), node, loc);
  ScopeId id = scope.id;
  state_.resize(table_.scopes_.size());
  if (!stack_.empty()) {
    Scope& parent = current();
    scope.parent = parent.id;
    scope.nested = parent.nested || is_function_like(parent.kind);
    // A walrus is forbidden anywhere inside a comprehension's iterable, even
    // in a lambda or comprehension nested there (bpo-37757).
    state_[id].in_iterable = walk().in_iterable;
    if (kind != ScopeKind::Annotation) parent.children.push_back(id);
  }
  stack_.push_back(id);
}

// symtable_add_def_helper.
void ScopeBuilder::add_def_in(ScopeId scope_id, std::string_view name, uint32_t flag, const ast::Loc& loc) {
  std::string mangled = mangle(class_name_, name);
  Scope& scope = table_.scopes_[scope_id];
  Symbol* symbol = table_.find(scope, mangled);
  uint32_t flags = flag;
  if (symbol) {
    if ((flag & kDefParam) && (symbol->flags & kDefParam)) raise_at(message::duplicate_argument(name), loc);
    flags |= symbol->flags;
  }
  if (state_[scope_id].in_iteration_target) {
    if (flags & (kDefGlobal | kDefNonlocal)) raise_at(message::inner_loop_rebinds_named_expr_target(name), loc);
    flags |= kDefCompIter;
  }
  if (!symbol) symbol = &table_.add_symbol(scope, mangled);
  symbol->flags = flags;
  if (flag & kDefParam) {
    scope.parameters.push_back(symbol->id);
  } else if (flag & kDefGlobal) {
    // A `global` anywhere declares the name in the module too.
    Scope& module = table_.scopes_[kModuleScope];
    Symbol* global = table_.find(module, mangled);
    if (!global) global = &table_.add_symbol(module, mangled);
    global->flags |= flag;
  }
}

uint32_t ScopeBuilder::flags_of(ScopeId scope, std::string_view exact_name) {
  Symbol* symbol = table_.find(table_.scopes_[scope], exact_name);
  return symbol ? symbol->flags : 0;
}

void ScopeBuilder::record_directive(std::string_view name, const ast::Loc& loc) {
  current().directives.push_back({mangle(class_name_, name), loc});
}

// --- statements ---

void ScopeBuilder::statements(ast::Seq<ast::Stmt*> body) {
  for (const ast::Stmt* s : body) statement(s);
}

void ScopeBuilder::statement(const ast::Stmt* s) {
  DepthGuard guard(*this);
  switch (s->kind) {
    case ast::Kind::FunctionDef:
      return function_def(*static_cast<const ast::FunctionDef*>(s), false);
    case ast::Kind::AsyncFunctionDef:
      return function_def(*static_cast<const ast::AsyncFunctionDef*>(s), true);
    case ast::Kind::ClassDef:
      return class_def(*static_cast<const ast::ClassDef*>(s));
    case ast::Kind::Return: {
      auto& r = *static_cast<const ast::Return*>(s);
      if (r.value) {
        expression(r.value);
        current().returns_value = true;
      }
      return;
    }
    case ast::Kind::Delete:
      return expressions(static_cast<const ast::Delete*>(s)->targets);
    case ast::Kind::Assign: {
      auto& a = *static_cast<const ast::Assign*>(s);
      expressions(a.targets);
      return expression(a.value);
    }
    case ast::Kind::AnnAssign:
      return ann_assign(*static_cast<const ast::AnnAssign*>(s));
    case ast::Kind::AugAssign: {
      auto& a = *static_cast<const ast::AugAssign*>(s);
      expression(a.target);
      return expression(a.value);
    }
    case ast::Kind::For:
      return loop(*static_cast<const ast::For*>(s));
    case ast::Kind::AsyncFor:
      return loop(*static_cast<const ast::AsyncFor*>(s));
    case ast::Kind::While: {
      auto& w = *static_cast<const ast::While*>(s);
      expression(w.test);
      statements(w.body);
      return statements(w.orelse);
    }
    case ast::Kind::If: {
      auto& i = *static_cast<const ast::If*>(s);
      expression(i.test);
      statements(i.body);
      return statements(i.orelse);
    }
    case ast::Kind::With:
      return with_block(*static_cast<const ast::With*>(s));
    case ast::Kind::AsyncWith:
      return with_block(*static_cast<const ast::AsyncWith*>(s));
    case ast::Kind::Match: {
      auto& m = *static_cast<const ast::Match*>(s);
      expression(m.subject);
      for (const ast::MatchCase* c : m.cases) match_case(*c);
      return;
    }
    case ast::Kind::Raise: {
      auto& r = *static_cast<const ast::Raise*>(s);
      if (r.exc) {
        expression(r.exc);
        if (r.cause) expression(r.cause);
      }
      return;
    }
    case ast::Kind::Try:
      return try_block(*static_cast<const ast::Try*>(s));
    case ast::Kind::TryStar:
      return try_block(*static_cast<const ast::TryStar*>(s));
    case ast::Kind::Assert: {
      auto& a = *static_cast<const ast::Assert*>(s);
      expression(a.test);
      if (a.msg) expression(a.msg);
      return;
    }
    case ast::Kind::Import:
      for (const ast::Alias* alias : static_cast<const ast::Import*>(s)->names) import_alias(*s, *alias, nullptr);
      return;
    case ast::Kind::ImportFrom: {
      auto* from = static_cast<const ast::ImportFrom*>(s);
      for (const ast::Alias* alias : from->names) import_alias(*s, *alias, from);
      return;
    }
    case ast::Kind::Global:
      return global_or_nonlocal(*s, static_cast<const ast::Global*>(s)->names, true);
    case ast::Kind::Nonlocal:
      return global_or_nonlocal(*s, static_cast<const ast::Nonlocal*>(s)->names, false);
    case ast::Kind::ExprStmt:
      return expression(static_cast<const ast::ExprStmt*>(s)->value);
    default:  // pass, break, continue
      return;
  }
}

// For and AsyncFor (With and AsyncWith, Try and TryStar) differ only in name.
template <class For>
void ScopeBuilder::loop(const For& f) {
  expression(f.target);
  expression(f.iter);
  statements(f.body);
  statements(f.orelse);
}

template <class With>
void ScopeBuilder::with_block(const With& w) {
  for (const ast::WithItem* item : w.items) {
    expression(item->context_expr);
    if (item->optional_vars) expression(item->optional_vars);
  }
  statements(w.body);
}

template <class Try>
void ScopeBuilder::try_block(const Try& t) {
  statements(t.body);
  statements(t.orelse);
  for (const ast::ExceptHandler* h : t.handlers) handler(*h);
  statements(t.finalbody);
}

template <class Def>
void ScopeBuilder::function_def(const Def& s, bool is_async) {
  add_def(s.name, kDefLocal, s.loc);
  expressions(s.args->defaults);
  expressions(s.args->kw_defaults);
  argument_annotations(s, *s.args, s.returns);
  expressions(s.decorator_list);
  enter(ScopeKind::Function, std::string(s.name), &s);
  current().coroutine = is_async;
  arguments(*s.args);
  statements(s.body);
  exit();
}

void ScopeBuilder::class_def(const ast::ClassDef& s) {
  add_def(s.name, kDefLocal, s.loc);
  expressions(s.bases);
  for (const ast::Keyword* k : s.keywords) expression(k->value);
  expressions(s.decorator_list);
  enter(ScopeKind::Class, std::string(s.name), &s);
  std::string outer_class = std::exchange(class_name_, std::string(s.name));
  statements(s.body);
  class_name_ = std::move(outer_class);
  exit();
}

void ScopeBuilder::ann_assign(const ast::AnnAssign& s) {
  if (auto* target = ast::as<ast::Name>(s.target)) {
    uint32_t flags = flags_of(stack_.back(), mangle(class_name_, target->id));
    if ((flags & (kDefGlobal | kDefNonlocal)) && stack_.back() != kModuleScope && s.simple) {
      raise_at(flags & kDefGlobal ? message::annotated_global(target->id) : message::annotated_nonlocal(target->id),
               s.loc);
    }
    if (s.simple) add_def(target->id, kDefAnnot | kDefLocal, target->loc);
    if (s.value) add_def(target->id, kDefLocal, target->loc);
  } else {
    expression(s.target);
  }
  annotation(s.annotation);
  if (s.value) expression(s.value);
}

void ScopeBuilder::global_or_nonlocal(const ast::Stmt& s, ast::Seq<ast::Identifier> names, bool global) {
  for (ast::Identifier name : names) {
    uint32_t flags = flags_of(stack_.back(), mangle(class_name_, name));
    if (flags & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
      std::string text;
      if (flags & kDefParam) {
        text = global ? message::parameter_and_global(name) : message::parameter_and_nonlocal(name);
      } else if (flags & kUse) {
        text = global ? message::used_before_global(name) : message::used_before_nonlocal(name);
      } else if (flags & kDefAnnot) {
        text = global ? message::annotated_global(name) : message::annotated_nonlocal(name);
      } else {
        text = global ? message::assigned_before_global(name) : message::assigned_before_nonlocal(name);
      }
      raise_at(std::move(text), s.loc);
    }
    add_def(name, global ? kDefGlobal : kDefNonlocal, s.loc);
    record_directive(name, s.loc);
  }
}

void ScopeBuilder::import_alias(const ast::Stmt& s, const ast::Alias& alias, const ast::ImportFrom* from) {
  Import record;
  record.scope = stack_.back();
  record.node = &s;
  record.from = from != nullptr;
  if (from) {
    record.level = from->level;
    record.module = from->module.data() ? std::string(from->module) : std::string();
    record.name = alias.name;
  } else {
    record.module = alias.name;
  }
  if (alias.name == "*") {
    if (current().kind != ScopeKind::Module) raise_at(std::string(message::kImportStarNotAtModuleLevel), alias.loc);
    table_.imports_.push_back(std::move(record));
    return;
  }
  // `import a.b` binds `a`.
  std::string_view bound = alias.asname.data() ? alias.asname : alias.name;
  bound = bound.substr(0, bound.find('.'));
  record.bound = bound;
  table_.imports_.push_back(std::move(record));
  add_def(bound, kDefImport, alias.loc);
}

void ScopeBuilder::arguments(const ast::Arguments& args) {
  parameters(args.posonlyargs);
  parameters(args.args);
  parameters(args.kwonlyargs);
  if (args.vararg) {
    add_def(args.vararg->arg, kDefParam, args.vararg->loc);
    current().varargs = true;
  }
  if (args.kwarg) {
    add_def(args.kwarg->arg, kDefParam, args.kwarg->loc);
    current().varkeywords = true;
  }
}

void ScopeBuilder::parameters(ast::Seq<ast::Arg*> params) {
  for (const ast::Arg* a : params) add_def(a->arg, kDefParam, a->loc);
}

// symtable_visit_annotations: under `from __future__ import annotations` the
// parameter annotations share one throwaway scope and the return annotation
// gets another; otherwise they are read in the enclosing scope.
void ScopeBuilder::argument_annotations(const ast::Stmt& s, const ast::Arguments& args, const ast::Expr* returns) {
  if (future_annotations()) enter(ScopeKind::Annotation, "_annotation", &s);
  auto each = [&](ast::Seq<ast::Arg*> params) {
    for (const ast::Arg* a : params)
      if (a->annotation) expression(a->annotation);
  };
  each(args.posonlyargs);
  each(args.args);
  if (args.vararg && args.vararg->annotation) expression(args.vararg->annotation);
  if (args.kwarg && args.kwarg->annotation) expression(args.kwarg->annotation);
  each(args.kwonlyargs);
  if (future_annotations()) exit();
  if (returns) annotation(returns);
}

void ScopeBuilder::annotation(const ast::Expr* e) {
  if (future_annotations()) enter(ScopeKind::Annotation, "_annotation", e);
  expression(e);
  if (future_annotations()) exit();
}

void ScopeBuilder::handler(const ast::ExceptHandler& h) {
  if (h.type) expression(h.type);
  if (h.name.data()) add_def(h.name, kDefLocal, h.loc);
  statements(h.body);
}

void ScopeBuilder::match_case(const ast::MatchCase& c) {
  pattern(c.pattern);
  if (c.guard) expression(c.guard);
  statements(c.body);
}

void ScopeBuilder::pattern(const ast::Pattern* p) {
  DepthGuard guard(*this);
  switch (p->kind) {
    case ast::Kind::MatchValue:
      return expression(static_cast<const ast::MatchValue*>(p)->value);
    case ast::Kind::MatchSequence:
      for (const ast::Pattern* sub : static_cast<const ast::MatchSequence*>(p)->patterns) pattern(sub);
      return;
    case ast::Kind::MatchStar: {
      auto& star = *static_cast<const ast::MatchStar*>(p);
      if (star.name.data()) add_def(star.name, kDefLocal, p->loc);
      return;
    }
    case ast::Kind::MatchMapping: {
      auto& m = *static_cast<const ast::MatchMapping*>(p);
      expressions(m.keys);
      for (const ast::Pattern* sub : m.patterns) pattern(sub);
      if (m.rest.data()) add_def(m.rest, kDefLocal, p->loc);
      return;
    }
    case ast::Kind::MatchClass: {
      auto& c = *static_cast<const ast::MatchClass*>(p);
      expression(c.cls);
      for (const ast::Pattern* sub : c.patterns) pattern(sub);
      for (const ast::Pattern* sub : c.kwd_patterns) pattern(sub);
      return;
    }
    case ast::Kind::MatchAs: {
      auto& as = *static_cast<const ast::MatchAs*>(p);
      if (as.pattern) pattern(as.pattern);
      if (as.name.data()) add_def(as.name, kDefLocal, p->loc);
      return;
    }
    case ast::Kind::MatchOr:
      for (const ast::Pattern* sub : static_cast<const ast::MatchOr*>(p)->patterns) pattern(sub);
      return;
    default:  // MatchSingleton
      return;
  }
}

}  // namespace ingot::sema
