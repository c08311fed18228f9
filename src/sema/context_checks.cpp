#include "sema/context_checks.h"

#include <utility>
#include <vector>

#include "ast/children.h"
#include "sema/errors.h"

namespace ingot::sema {
namespace {

// CPython's compiler scope types (COMPILER_SCOPE_*).
enum class Unit { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// The compiler's frame blocks that matter for these errors.
enum class Block { Loop, ExceptStarHandler };

class ContextChecker {
 public:
  ContextChecker(const SymbolTable& table, int last_future_line) : table_(table), last_future_line_(last_future_line) {}

  void module(const ast::Module& m) {
    frame_ = {&table_.module(), Unit::Module, {}};
    statements(m.body);
  }

 private:
  struct Frame {
    const Scope* scope;
    Unit unit;
    std::vector<Block> blocks;
  };

  template <class Body>
  void in_unit(const ast::Node* node, Unit unit, Body body) {
    Frame outer = std::exchange(frame_, Frame{table_.scope_of(node), unit, {}});
    body();
    frame_ = std::move(outer);
  }
  template <class Body>
  void in_block(Block block, Body body) {
    frame_.blocks.push_back(block);
    body();
    frame_.blocks.pop_back();
  }
  bool in_function() const { return is_function_like(frame_.scope->kind); }

  void statements(ast::Seq<ast::Stmt*> body) {
    for (const ast::Stmt* s : body) statement(s);
  }
  void expressions(ast::Seq<ast::Expr*> list) {
    for (const ast::Expr* e : list)
      if (e) expression(e);
  }

  void statement(const ast::Stmt* s) {
    switch (s->kind) {
      case ast::Kind::FunctionDef:
        return function_def(*static_cast<const ast::FunctionDef*>(s), Unit::Function);
      case ast::Kind::AsyncFunctionDef:
        return function_def(*static_cast<const ast::AsyncFunctionDef*>(s), Unit::AsyncFunction);
      case ast::Kind::ClassDef: {
        auto& c = *static_cast<const ast::ClassDef*>(s);
        expressions(c.decorator_list);
        in_unit(&c, Unit::Class, [&] { statements(c.body); });
        call_arguments(c, c.bases, c.keywords);
        return forbid_debug(c.name, false, c.loc);
      }
      case ast::Kind::Return: {
        auto& r = *static_cast<const ast::Return*>(s);
        if (!in_function()) raise_at(std::string(message::kReturnOutsideFunction), s->loc);
        if (r.value && frame_.scope->is_async_generator())
          raise_at(std::string(message::kReturnValueInAsyncGenerator), s->loc);
        if (r.value) expression(r.value);
        for (Block b : frame_.blocks)
          if (b == Block::ExceptStarHandler) raise_except_star(return_location(r));
        return;
      }
      case ast::Kind::Delete:
        return expressions(static_cast<const ast::Delete*>(s)->targets);
      case ast::Kind::Assign: {
        auto& a = *static_cast<const ast::Assign*>(s);
        expression(a.value);
        return expressions(a.targets);
      }
      case ast::Kind::AugAssign: {
        auto& a = *static_cast<const ast::AugAssign*>(s);
        expression(a.target);
        return expression(a.value);
      }
      case ast::Kind::AnnAssign:
        return ann_assign(*static_cast<const ast::AnnAssign*>(s));
      case ast::Kind::For:
        return loop(*static_cast<const ast::For*>(s));
      case ast::Kind::AsyncFor:
        if (frame_.unit != Unit::AsyncFunction) raise_at(std::string(message::kAsyncForOutsideAsyncFunction), s->loc);
        return loop(*static_cast<const ast::AsyncFor*>(s));
      case ast::Kind::While: {
        auto& w = *static_cast<const ast::While*>(s);
        expression(w.test);
        in_block(Block::Loop, [&] { statements(w.body); });
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
        if (frame_.unit != Unit::AsyncFunction) raise_at(std::string(message::kAsyncWithOutsideAsyncFunction), s->loc);
        return with_block(*static_cast<const ast::AsyncWith*>(s));
      case ast::Kind::Match: {
        auto& m = *static_cast<const ast::Match*>(s);
        expression(m.subject);
        for (const ast::MatchCase* c : m.cases) {
          pattern(c->pattern);
          if (c->guard) expression(c->guard);
          statements(c->body);
        }
        return;
      }
      case ast::Kind::Raise: {
        auto& r = *static_cast<const ast::Raise*>(s);
        if (r.exc) expression(r.exc);
        if (r.cause) expression(r.cause);
        return;
      }
      case ast::Kind::Try:
        return try_block(*static_cast<const ast::Try*>(s), false);
      case ast::Kind::TryStar:
        return try_block(*static_cast<const ast::TryStar*>(s), true);
      case ast::Kind::Assert: {
        auto& a = *static_cast<const ast::Assert*>(s);
        expression(a.test);
        if (a.msg) expression(a.msg);
        return;
      }
      case ast::Kind::Import:
        return imported_names(*s, static_cast<const ast::Import*>(s)->names);
      case ast::Kind::ImportFrom: {
        auto& from = *static_cast<const ast::ImportFrom*>(s);
        if (s->loc.lineno > last_future_line_ && from.module.data() && from.module == "__future__")
          raise_at(std::string(message::kLateFutureImport), s->loc);
        return imported_names(*s, from.names);
      }
      case ast::Kind::Break:
      case ast::Kind::Continue:
        return break_or_continue(*s);
      case ast::Kind::ExprStmt:
        return expression(static_cast<const ast::ExprStmt*>(s)->value);
      default:  // global, nonlocal, pass
        return;
    }
  }

  // compiler_nameop's check, wherever the compiler binds or deletes a name.
  void forbid_debug(std::string_view name, bool del, const ast::Loc& loc) {
    if (name == "__debug__") raise_at(std::string(del ? message::kDeleteDebug : message::kAssignToDebug), loc);
  }

  void imported_names(const ast::Stmt& s, ast::Seq<ast::Alias*> names) {
    for (const ast::Alias* alias : names) {
      std::string_view bound = alias->asname.data() ? alias->asname : alias->name;
      forbid_debug(bound.substr(0, bound.find('.')), false, s.loc);
    }
  }

  // compiler_check_debug_args.
  void parameters(const ast::Arguments& args, const ast::Loc& loc) {
    for (auto* list : {&args.posonlyargs, &args.args, &args.kwonlyargs})
      for (const ast::Arg* a : *list) forbid_debug(a->arg, false, loc);
    if (args.vararg) forbid_debug(args.vararg->arg, false, loc);
    if (args.kwarg) forbid_debug(args.kwarg->arg, false, loc);
  }

  // compiler_call_helper: keywords are validated before any argument is
  // evaluated; a starred argument is an unpacking, not an error.
  void call_arguments(const ast::Node& call, ast::Seq<ast::Expr*> args, ast::Seq<ast::Keyword*> keywords) {
    for (uint32_t i = 0; i < keywords.size(); ++i) {
      ast::Identifier name = keywords[i]->arg;
      if (!name.data()) continue;
      forbid_debug(name, false, call.loc);
      for (uint32_t j = i + 1; j < keywords.size(); ++j)
        if (keywords[j]->arg.data() && keywords[j]->arg == name)
          raise_at(message::keyword_argument_repeated(name), keywords[j]->loc);
    }
    for (const ast::Expr* a : args) element(a);
    for (const ast::Keyword* k : keywords) expression(k->value);
  }

  // An element of a display, call or unpacking, where `*x` is allowed.
  void element(const ast::Expr* e) {
    starred_allowed_ = true;
    expression(e);
  }

  // unpack_helper: at most one starred target, after at most 255 others.
  void unpacking(const ast::Expr& e, ast::Seq<ast::Expr*> targets) {
    bool seen_star = false;
    for (uint32_t i = 0; i < targets.size(); ++i) {
      if (targets[i]->kind != ast::Kind::Starred) continue;
      if (seen_star) raise_at(std::string(message::kMultipleStarredTargets), e.loc);
      if (i >= 256) raise_at(std::string(message::kTooManyBeforeStar), e.loc);
      seen_star = true;
    }
  }

  void sequence(const ast::Expr& e, ast::Seq<ast::Expr*> elements, ast::ExprContext ctx) {
    if (ctx == ast::ExprContext::Store) unpacking(e, elements);
    for (const ast::Expr* x : elements) element(x);
  }

  // The names a pattern binds (the patterns themselves are not checked).
  void pattern(const ast::Pattern* p) {
    switch (p->kind) {
      case ast::Kind::MatchSequence:
        for (const ast::Pattern* sub : static_cast<const ast::MatchSequence*>(p)->patterns) pattern(sub);
        return;
      case ast::Kind::MatchStar:
        return forbid_debug(static_cast<const ast::MatchStar*>(p)->name, false, p->loc);
      case ast::Kind::MatchMapping: {
        auto& m = *static_cast<const ast::MatchMapping*>(p);
        for (const ast::Pattern* sub : m.patterns) pattern(sub);
        return forbid_debug(m.rest, false, p->loc);
      }
      case ast::Kind::MatchClass: {
        auto& c = *static_cast<const ast::MatchClass*>(p);
        for (const ast::Pattern* sub : c.patterns) pattern(sub);
        for (const ast::Pattern* sub : c.kwd_patterns) pattern(sub);
        return;
      }
      case ast::Kind::MatchAs: {
        auto& as = *static_cast<const ast::MatchAs*>(p);
        if (as.pattern) pattern(as.pattern);
        return forbid_debug(as.name, false, p->loc);
      }
      case ast::Kind::MatchOr:
        for (const ast::Pattern* sub : static_cast<const ast::MatchOr*>(p)->patterns) pattern(sub);
        return;
      default:  // MatchValue, MatchSingleton
        return;
    }
  }

  template <class Def>
  void function_def(const Def& f, Unit unit) {
    parameters(*f.args, f.loc);
    expressions(f.decorator_list);
    expressions(f.args->defaults);
    expressions(f.args->kw_defaults);
    if (!(table_.future_features() & kFutureAnnotations)) {
      auto each = [&](ast::Seq<ast::Arg*> params) {
        for (const ast::Arg* a : params)
          if (a->annotation) expression(a->annotation);
      };
      each(f.args->args);
      each(f.args->posonlyargs);
      // `*args: *Ts` unpacks a TypeVarTuple (PEP 646).
      if (f.args->vararg && f.args->vararg->annotation) element(f.args->vararg->annotation);
      each(f.args->kwonlyargs);
      if (f.args->kwarg && f.args->kwarg->annotation) expression(f.args->kwarg->annotation);
      if (f.returns) expression(f.returns);
    }
    in_unit(&f, unit, [&] { statements(f.body); });
    forbid_debug(f.name, false, f.loc);
  }

  // compiler_annassign: annotations are only evaluated in a module or class
  // body, and never under `from __future__ import annotations`.
  void ann_assign(const ast::AnnAssign& a) {
    if (a.value) {
      expression(a.value);
      expression(a.target);
    }
    if (auto* name = ast::as<ast::Name>(a.target)) {
      forbid_debug(name->id, false, a.loc);
    } else if (auto* attribute = ast::as<ast::Attribute>(a.target)) {
      forbid_debug(attribute->attr, false, a.loc);
      if (!a.value) expression(attribute->value);
    } else if (auto* subscript = ast::as<ast::Subscript>(a.target); subscript && !a.value) {
      expression(subscript->value);
      expression(subscript->slice);
    }
    bool evaluated = frame_.unit == Unit::Module || frame_.unit == Unit::Class;
    if (evaluated && !(table_.future_features() & kFutureAnnotations)) expression(a.annotation);
  }

  template <class For>
  void loop(const For& f) {
    expression(f.iter);
    expression(f.target);
    in_block(Block::Loop, [&] { statements(f.body); });
    statements(f.orelse);
  }

  template <class With>
  void with_block(const With& w) {
    for (const ast::WithItem* item : w.items) {
      expression(item->context_expr);
      if (item->optional_vars) expression(item->optional_vars);
    }
    statements(w.body);
  }

  template <class Try>
  void try_block(const Try& t, bool star) {
    statements(t.body);
    for (uint32_t i = 0; i < t.handlers.size(); ++i) {
      const ast::ExceptHandler* h = t.handlers[i];
      if (!h->type && i + 1 < t.handlers.size()) raise_at(std::string(message::kDefaultExceptNotLast), h->loc);
      if (h->type) expression(h->type);
      if (h->name.data()) forbid_debug(h->name, false, h->loc);
      if (star) {
        in_block(Block::ExceptStarHandler, [&] { statements(h->body); });
      } else {
        statements(h->body);
      }
    }
    statements(t.orelse);
    statements(t.finalbody);
  }

  // Where compiler_return leaves the compiler's location: on a constant
  // value that starts on the statement's line, else on the statement.
  static const ast::Loc& return_location(const ast::Return& r) {
    bool on_value = r.value && r.value->kind == ast::Kind::Constant && r.value->loc.lineno == r.loc.lineno;
    return on_value ? r.value->loc : r.loc;
  }

  // compiler_unwind_fblock_stack, looking for the innermost loop.
  void break_or_continue(const ast::Stmt& s) {
    for (auto b = frame_.blocks.rbegin(); b != frame_.blocks.rend(); ++b) {
      if (*b == Block::ExceptStarHandler) raise_except_star(s.loc);
      if (*b == Block::Loop) return;
    }
    bool is_break = s.kind == ast::Kind::Break;
    raise_at(std::string(is_break ? message::kBreakOutsideLoop : message::kContinueOutsideLoop), s.loc);
  }

  [[noreturn]] void raise_except_star(const ast::Loc& loc) {
    raise_at(std::string(message::kExceptStarControlFlow), loc);
  }

  void expression(const ast::Expr* e) {
    bool starred_allowed = std::exchange(starred_allowed_, false);
    switch (e->kind) {
      case ast::Kind::NamedExpr: {
        auto& n = *static_cast<const ast::NamedExpr*>(e);
        expression(n.value);
        return expression(n.target);
      }
      case ast::Kind::Lambda: {
        auto& l = *static_cast<const ast::Lambda*>(e);
        parameters(*l.args, l.loc);
        expressions(l.args->defaults);
        expressions(l.args->kw_defaults);
        return in_unit(&l, Unit::Lambda, [&] { expression(l.body); });
      }
      case ast::Kind::Dict: {
        auto& d = *static_cast<const ast::Dict*>(e);
        for (uint32_t i = 0; i < d.values.size(); ++i) {
          if (d.keys[i]) expression(d.keys[i]);
          expression(d.values[i]);
        }
        return;
      }
      case ast::Kind::Set:
        for (const ast::Expr* x : static_cast<const ast::Set*>(e)->elts) element(x);
        return;
      case ast::Kind::ListComp: {
        auto& c = *static_cast<const ast::ListComp*>(e);
        return comprehension(c, c.generators, c.elt, nullptr);
      }
      case ast::Kind::SetComp: {
        auto& c = *static_cast<const ast::SetComp*>(e);
        return comprehension(c, c.generators, c.elt, nullptr);
      }
      case ast::Kind::DictComp: {
        auto& c = *static_cast<const ast::DictComp*>(e);
        return comprehension(c, c.generators, c.key, c.value);
      }
      case ast::Kind::GeneratorExp: {
        auto& c = *static_cast<const ast::GeneratorExp*>(e);
        return comprehension(c, c.generators, c.elt, nullptr);
      }
      case ast::Kind::Await:
        if (!in_function()) raise_at(std::string(message::kAwaitOutsideFunction), e->loc);
        if (frame_.unit != Unit::AsyncFunction && frame_.unit != Unit::Comprehension)
          raise_at(std::string(message::kAwaitOutsideAsyncFunction), e->loc);
        return expression(static_cast<const ast::Await*>(e)->value);
      case ast::Kind::Yield: {
        if (!in_function()) raise_at(std::string(message::kYieldOutsideFunction), e->loc);
        auto* value = static_cast<const ast::Yield*>(e)->value;
        if (value) expression(value);
        return;
      }
      case ast::Kind::YieldFrom:
        if (!in_function()) raise_at(std::string(message::kYieldOutsideFunction), e->loc);
        if (frame_.unit == Unit::AsyncFunction) raise_at(std::string(message::kYieldFromInAsyncFunction), e->loc);
        return expression(static_cast<const ast::YieldFrom*>(e)->value);
      case ast::Kind::Call: {
        auto& c = *static_cast<const ast::Call*>(e);
        expression(c.func);
        return call_arguments(c, c.args, c.keywords);
      }
      case ast::Kind::Attribute: {
        auto& a = *static_cast<const ast::Attribute*>(e);
        expression(a.value);
        if (a.ctx == ast::ExprContext::Store) forbid_debug(a.attr, false, a.loc);
        return;
      }
      case ast::Kind::Starred: {
        auto& s = *static_cast<const ast::Starred*>(e);
        if (!starred_allowed) {
          bool store = s.ctx == ast::ExprContext::Store;
          raise_at(std::string(store ? message::kStarredAssignmentTarget : message::kStarredHere), e->loc);
        }
        return expression(s.value);
      }
      case ast::Kind::List: {
        auto& l = *static_cast<const ast::List*>(e);
        return sequence(l, l.elts, l.ctx);
      }
      case ast::Kind::Tuple: {
        auto& t = *static_cast<const ast::Tuple*>(e);
        return sequence(t, t.elts, t.ctx);
      }
      case ast::Kind::Name: {
        auto& n = *static_cast<const ast::Name*>(e);
        if (n.ctx != ast::ExprContext::Load) forbid_debug(n.id, n.ctx == ast::ExprContext::Del, n.loc);
        return;
      }
      default:  // the rest only walk their sub-expressions
        return ast::for_each_child(e, [&](const ast::Node* c) { expression(static_cast<const ast::Expr*>(c)); });
    }
  }

  // compiler_comprehension: the body is compiled first, in its own unit;
  // the first iterable afterwards, where the comprehension stands.
  void comprehension(const ast::Expr& e, ast::Seq<ast::Comprehension*> generators, const ast::Expr* element,
                     const ast::Expr* value) {
    Unit outer = frame_.unit;
    in_unit(&e, Unit::Comprehension, [&] {
      bool is_generator = e.kind == ast::Kind::GeneratorExp;
      if (frame_.scope->coroutine && !is_generator && outer != Unit::AsyncFunction && outer != Unit::Comprehension)
        raise_at(std::string(message::kAsyncComprehensionOutsideAsyncFunction), e.loc);
      for (uint32_t i = 0; i < generators.size(); ++i) {
        if (i > 0) expression(generators[i]->iter);
        expression(generators[i]->target);
        expressions(generators[i]->ifs);
      }
      expression(element);
      if (value) expression(value);
    });
    expression(generators[0]->iter);
  }

  const SymbolTable& table_;
  int last_future_line_;
  Frame frame_{};
  bool starred_allowed_ = false;  // set by element() for the next expression only
};

}  // namespace

void check_contexts(const ast::Module& module, const SymbolTable& table, int last_future_line) {
  ContextChecker(table, last_future_line).module(module);
}

}  // namespace ingot::sema
