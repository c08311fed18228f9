// Pass 1 over expressions: names, lambdas, comprehensions, walrus targets,
// yield and await.
#include "ast/children.h"
#include "sema/errors.h"
#include "sema/mangle.h"
#include "sema/scope_builder.h"

namespace ingot::sema {
namespace {

std::string_view comprehension_description(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::ListComp: return "list comprehension";
    case ScopeKind::SetComp: return "set comprehension";
    case ScopeKind::DictComp: return "dict comprehension";
    default: return "generator expression";
  }
}

}  // namespace

void ScopeBuilder::expressions(ast::Seq<ast::Expr*> list) {
  for (const ast::Expr* e : list)
    if (e) expression(e);  // dict keys and keyword-only defaults may be None
}

void ScopeBuilder::expression(const ast::Expr* e) {
  DepthGuard guard(*this);
  switch (e->kind) {
    case ast::Kind::NamedExpr:
      return named_expr(*static_cast<const ast::NamedExpr*>(e));
    case ast::Kind::Lambda:
      return lambda(*static_cast<const ast::Lambda*>(e));
    case ast::Kind::ListComp: {
      auto& c = *static_cast<const ast::ListComp*>(e);
      return comprehension(c, ScopeKind::ListComp, c.generators, c.elt, nullptr);
    }
    case ast::Kind::SetComp: {
      auto& c = *static_cast<const ast::SetComp*>(e);
      return comprehension(c, ScopeKind::SetComp, c.generators, c.elt, nullptr);
    }
    case ast::Kind::DictComp: {
      auto& c = *static_cast<const ast::DictComp*>(e);
      return comprehension(c, ScopeKind::DictComp, c.generators, c.key, c.value);
    }
    case ast::Kind::GeneratorExp: {
      auto& c = *static_cast<const ast::GeneratorExp*>(e);
      return comprehension(c, ScopeKind::GeneratorExp, c.generators, c.elt, nullptr);
    }
    case ast::Kind::Yield:
      return yield(*e, static_cast<const ast::Yield*>(e)->value);
    case ast::Kind::YieldFrom:
      return yield(*e, static_cast<const ast::YieldFrom*>(e)->value);
    case ast::Kind::Await:
      reject_in_annotation("await expression", *e);
      expression(static_cast<const ast::Await*>(e)->value);
      current().coroutine = true;
      return;
    case ast::Kind::Call: {
      auto& c = *static_cast<const ast::Call*>(e);
      expression(c.func);
      expressions(c.args);
      for (const ast::Keyword* k : c.keywords) expression(k->value);
      return;
    }
    case ast::Kind::Name:
      return name(*static_cast<const ast::Name*>(e));
    default:  // the rest only walk their sub-expressions
      return ast::for_each_child(e, [&](const ast::Node* c) { expression(static_cast<const ast::Expr*>(c)); });
  }
}

void ScopeBuilder::name(const ast::Name& e) {
  bool load = e.ctx == ast::ExprContext::Load;
  add_def(e.id, load ? kUse : kDefLocal, e.loc);
  // A bare `super()` finds its class through the `__class__` cell, so any
  // function mentioning `super` uses `__class__`.
  if (load && is_function_like(current().kind) && e.id == "super") add_def("__class__", kUse, e.loc);
}

void ScopeBuilder::lambda(const ast::Lambda& e) {
  expressions(e.args->defaults);
  expressions(e.args->kw_defaults);
  enter(ScopeKind::Lambda, "lambda", &e);
  arguments(*e.args);
  expression(e.body);
  exit();
}

void ScopeBuilder::reject_in_annotation(std::string_view what, const ast::Expr& e) {
  if (current().kind == ScopeKind::Annotation) raise_at(message::not_allowed_in_annotation(what), e.loc);
}

void ScopeBuilder::yield(const ast::Expr& e, const ast::Expr* value) {
  reject_in_annotation("yield expression", e);
  if (value) expression(value);
  Scope& scope = current();
  scope.generator = true;
  scope.has_yield = true;
  if (is_comprehension(scope.kind)) raise_at(message::yield_in_comprehension(comprehension_description(scope.kind)), e.loc);
}

// symtable_handle_namedexpr.
void ScopeBuilder::named_expr(const ast::NamedExpr& e) {
  reject_in_annotation("named expression", e);
  if (walk().in_iterable > 0) raise_at(std::string(message::kNamedExprInComprehensionIterable), e.loc);
  if (is_comprehension(current().kind)) bind_named_expr_target(*static_cast<const ast::Name*>(e.target));
  expression(e.value);
  expression(e.target);
}

// symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the
// nearest enclosing function (or the module), which the comprehension then
// reaches as if through `nonlocal` (or `global`).
void ScopeBuilder::bind_named_expr_target(const ast::Name& target) {
  std::string_view id = target.id;
  for (size_t i = stack_.size(); i-- > 0;) {
    ScopeId outer = stack_[i];
    ScopeKind kind = table_.scopes_[outer].kind;
    // CPython looks the unmangled name up here.
    uint32_t outer_flags = flags_of(outer, id);
    if (is_comprehension(kind)) {
      if (outer_flags & kDefCompIter) raise_at(message::named_expr_rebinds_iteration_variable(id), target.loc);
      continue;
    }
    if (kind == ScopeKind::Function || kind == ScopeKind::Lambda) {
      add_def(id, (outer_flags & kDefGlobal) ? kDefGlobal : kDefNonlocal, target.loc);
      record_directive(id, target.loc);
      return add_def_in(outer, id, kDefLocal, target.loc);
    }
    if (kind == ScopeKind::Module) {
      add_def(id, kDefGlobal, target.loc);
      record_directive(id, target.loc);
      return add_def_in(outer, id, kDefGlobal, target.loc);
    }
    if (kind == ScopeKind::Class) raise_at(std::string(message::kNamedExprInClassComprehension), target.loc);
    // An annotation scope is looked through.
  }
}

// symtable_handle_comprehension: the first iterable is evaluated where the
// comprehension stands; everything else runs in its own function scope,
// which receives that iterator as the parameter `.0`.
void ScopeBuilder::comprehension(const ast::Expr& e, ScopeKind kind, ast::Seq<ast::Comprehension*> generators,
                                 const ast::Expr* element, const ast::Expr* value) {
  const ast::Comprehension& outermost = *generators[0];
  ++walk().in_iterable;
  expression(outermost.iter);
  --walk().in_iterable;

  static constexpr std::string_view kNames[] = {"listcomp", "setcomp", "dictcomp", "genexpr"};
  enter(kind, std::string(kNames[static_cast<int>(kind) - static_cast<int>(ScopeKind::ListComp)]), &e);
  if (outermost.is_async) current().coroutine = true;
  add_def(".0", kDefParam, e.loc);
  walk().in_iteration_target = true;
  expression(outermost.target);
  walk().in_iteration_target = false;
  expressions(outermost.ifs);
  for (uint32_t i = 1; i < generators.size(); ++i) inner_generator(*generators[i]);
  if (value) expression(value);  // CPython visits a dict comprehension's value before its key
  expression(element);
  current().generator = kind == ScopeKind::GeneratorExp;
  bool awaits = current().coroutine && kind != ScopeKind::GeneratorExp;
  exit();
  // The enclosing code awaits an async list, set or dict comprehension's
  // result, so it is a coroutine too (3.11, bpo-33346).
  if (awaits) current().coroutine = true;
}

void ScopeBuilder::inner_generator(const ast::Comprehension& g) {
  walk().in_iteration_target = true;
  expression(g.target);
  walk().in_iteration_target = false;
  ++walk().in_iterable;
  expression(g.iter);
  --walk().in_iterable;
  expressions(g.ifs);
  if (g.is_async) current().coroutine = true;
}

}  // namespace ingot::sema
