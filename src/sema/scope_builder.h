// Pass 1 (CPython's symtable_visit_*): walks the tree once, opens a scope for
// each module, class, def, lambda and comprehension, and records what each
// name does in each scope as raw DEF_* flags. Errors that CPython raises
// while building its table are raised here, in the same order.
//
// The walk follows symtable.c's visiting order exactly (a dict's keys before
// its values, a dict comprehension's value before its key, a try's else
// before its handlers), because that order decides which error is reported
// first and the order of a scope's children.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "sema/symbol_table.h"

namespace ingot::sema {

class ScopeBuilder {
 public:
  ScopeBuilder(SymbolTable& table, uint32_t future_features) : table_(table), future_(future_features) {}
  void build(const ast::Module& module);

 private:
  // What the walk tracks per open scope, beyond what the table keeps.
  struct WalkState {
    bool in_iteration_target = false;  // visiting a comprehension's `for` target
    int in_iterable = 0;  // inside a comprehension's iterable, where a walrus is forbidden
  };
  struct DepthGuard {
    ScopeBuilder& b;
    explicit DepthGuard(ScopeBuilder& builder);
    ~DepthGuard() { --b.depth_; }
  };

  // --- scopes and names (scope_builder.cpp) ---
  Scope& current() { return table_.scopes_[stack_.back()]; }
  WalkState& walk() { return state_[stack_.back()]; }
  void enter(ScopeKind kind, std::string name, const ast::Node* node);
  void exit() { stack_.pop_back(); }
  void add_def(std::string_view name, uint32_t flag, const ast::Loc& loc) { add_def_in(stack_.back(), name, flag, loc); }
  void add_def_in(ScopeId scope, std::string_view name, uint32_t flag, const ast::Loc& loc);
  uint32_t flags_of(ScopeId scope, std::string_view exact_name);
  void record_directive(std::string_view name, const ast::Loc& loc);
  bool future_annotations() const;

  // --- statements (scope_builder.cpp) ---
  void statements(ast::Seq<ast::Stmt*> body);
  void statement(const ast::Stmt* s);
  template <class Def>
  void function_def(const Def& s, bool is_async);
  template <class For>
  void loop(const For& f);
  template <class With>
  void with_block(const With& w);
  template <class Try>
  void try_block(const Try& t);
  void class_def(const ast::ClassDef& s);
  void ann_assign(const ast::AnnAssign& s);
  void global_or_nonlocal(const ast::Stmt& s, ast::Seq<ast::Identifier> names, bool global);
  void import_alias(const ast::Stmt& s, const ast::Alias& alias, const ast::ImportFrom* from);
  void arguments(const ast::Arguments& args);
  void parameters(ast::Seq<ast::Arg*> params);
  void argument_annotations(const ast::Stmt& s, const ast::Arguments& args, const ast::Expr* returns);
  void annotation(const ast::Expr* e);
  void handler(const ast::ExceptHandler& h);
  void match_case(const ast::MatchCase& c);
  void pattern(const ast::Pattern* p);

  // --- expressions (scope_builder_expressions.cpp) ---
  void expressions(ast::Seq<ast::Expr*> list);
  void expression(const ast::Expr* e);
  void name(const ast::Name& e);
  void lambda(const ast::Lambda& e);
  void named_expr(const ast::NamedExpr& e);
  void bind_named_expr_target(const ast::Name& target);
  void comprehension(const ast::Expr& e, ScopeKind kind, ast::Seq<ast::Comprehension*> generators,
                     const ast::Expr* element, const ast::Expr* value);
  void inner_generator(const ast::Comprehension& g);
  void yield(const ast::Expr& e, const ast::Expr* value);
  void reject_in_annotation(std::string_view what, const ast::Expr& e);

  SymbolTable& table_;
  uint32_t future_;
  std::vector<ScopeId> stack_;
  std::vector<WalkState> state_;  // by ScopeId
  std::string class_name_;         // for mangling: the innermost enclosing class
  int depth_ = 0;
};

}  // namespace ingot::sema
