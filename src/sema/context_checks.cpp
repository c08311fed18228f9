#include "sema/context_checks.h"

#include <utility>
#include <vector>

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
        expressions(c.bases);
        for (const ast::Keyword* k : c.keywords) expression(k->value);
        return;
      }
      case ast::Kind::Return: {
        auto& r = *static_cast<const ast::Return*>(s);
        if (!in_function()) raise_at(std::string(message::kReturnOutsideFunction), s->loc);
        if (r.value && frame_.scope->is_async_generator())
          raise_at(std::string(message::kReturnValueInAsyncGenerator), s->loc);
        if (r.value) expression(r.value);
        for (Block b : frame_.blocks)
          if (b == Block::ExceptStarHandler) raise_except_star(s->loc);
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
        // Patterns hold only literals and dotted names: nothing to check.
        for (const ast::MatchCase* c : m.cases) {
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
      case ast::Kind::ImportFrom: {
        auto& from = *static_cast<const ast::ImportFrom*>(s);
        if (s->loc.lineno > last_future_line_ && from.module.data() && from.module == "__future__")
          raise_at(std::string(message::kLateFutureImport), s->loc);
        return;
      }
      case ast::Kind::Break:
      case ast::Kind::Continue:
        return break_or_continue(*s);
      case ast::Kind::ExprStmt:
        return expression(static_cast<const ast::ExprStmt*>(s)->value);
      default:  // import, global, nonlocal, pass
        return;
    }
  }

  template <class Def>
  void function_def(const Def& f, Unit unit) {
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
      if (f.args->vararg && f.args->vararg->annotation) expression(f.args->vararg->annotation);
      each(f.args->kwonlyargs);
      if (f.args->kwarg && f.args->kwarg->annotation) expression(f.args->kwarg->annotation);
      if (f.returns) expression(f.returns);
    }
    in_unit(&f, unit, [&] { statements(f.body); });
  }

  // compiler_annassign: annotations are only evaluated in a module or class
  // body, and never under `from __future__ import annotations`.
  void ann_assign(const ast::AnnAssign& a) {
    if (a.value) {
      expression(a.value);
      expression(a.target);
    } else if (auto* attribute = ast::as<ast::Attribute>(a.target)) {
      expression(attribute->value);
    } else if (auto* subscript = ast::as<ast::Subscript>(a.target)) {
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
    for (const ast::ExceptHandler* h : t.handlers) {
      if (h->type) expression(h->type);
      if (star) {
        in_block(Block::ExceptStarHandler, [&] { statements(h->body); });
      } else {
        statements(h->body);
      }
    }
    statements(t.orelse);
    statements(t.finalbody);
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
    raise_at("'break', 'continue' and 'return' cannot appear in an except* block", loc);
  }

  void expression(const ast::Expr* e) {
    switch (e->kind) {
      case ast::Kind::NamedExpr: {
        auto& n = *static_cast<const ast::NamedExpr*>(e);
        expression(n.value);
        return expression(n.target);
      }
      case ast::Kind::BoolOp:
        return expressions(static_cast<const ast::BoolOp*>(e)->values);
      case ast::Kind::BinOp: {
        auto& b = *static_cast<const ast::BinOp*>(e);
        expression(b.left);
        return expression(b.right);
      }
      case ast::Kind::UnaryOp:
        return expression(static_cast<const ast::UnaryOp*>(e)->operand);
      case ast::Kind::Lambda: {
        auto& l = *static_cast<const ast::Lambda*>(e);
        expressions(l.args->defaults);
        expressions(l.args->kw_defaults);
        return in_unit(&l, Unit::Lambda, [&] { expression(l.body); });
      }
      case ast::Kind::IfExp: {
        auto& i = *static_cast<const ast::IfExp*>(e);
        expression(i.test);
        expression(i.body);
        return expression(i.orelse);
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
        return expressions(static_cast<const ast::Set*>(e)->elts);
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
      case ast::Kind::Compare: {
        auto& c = *static_cast<const ast::Compare*>(e);
        expression(c.left);
        return expressions(c.comparators);
      }
      case ast::Kind::Call: {
        auto& c = *static_cast<const ast::Call*>(e);
        expression(c.func);
        expressions(c.args);
        for (const ast::Keyword* k : c.keywords) expression(k->value);
        return;
      }
      case ast::Kind::FormattedValue: {
        auto& f = *static_cast<const ast::FormattedValue*>(e);
        expression(f.value);
        if (f.format_spec) expression(f.format_spec);
        return;
      }
      case ast::Kind::JoinedStr:
        return expressions(static_cast<const ast::JoinedStr*>(e)->values);
      case ast::Kind::Attribute:
        return expression(static_cast<const ast::Attribute*>(e)->value);
      case ast::Kind::Subscript: {
        auto& s = *static_cast<const ast::Subscript*>(e);
        expression(s.value);
        return expression(s.slice);
      }
      case ast::Kind::Starred:
        return expression(static_cast<const ast::Starred*>(e)->value);
      case ast::Kind::Slice: {
        auto& s = *static_cast<const ast::Slice*>(e);
        if (s.lower) expression(s.lower);
        if (s.upper) expression(s.upper);
        if (s.step) expression(s.step);
        return;
      }
      case ast::Kind::List:
        return expressions(static_cast<const ast::List*>(e)->elts);
      case ast::Kind::Tuple:
        return expressions(static_cast<const ast::Tuple*>(e)->elts);
      default:  // Name, Constant
        return;
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
};

}  // namespace

void check_contexts(const ast::Module& module, const SymbolTable& table, int last_future_line) {
  ContextChecker(table, last_future_line).module(module);
}

}  // namespace ingot::sema
