// Scratch lists: a function's local list variable that only ever holds a
// list made for it and never lets that list out, so that nothing but the
// variable can reach the list it holds. `v = src[a:b]` may then copy the
// items into the list v already holds instead of allocating a new one:
// the old list is garbage at that point, and no program can tell the
// difference. fannkuch copies its permutation so, `perm = perm1[:]`, once
// per permutation, and spent a fifth of its time collecting the copies.
//
// What "never lets it out" means here, conservatively: every load of the
// name is the container of a subscript (v[i], v[a:b], v[i] = x, del v[i]),
// an operand of a comparison (x in v, v == w), the sole argument of
// len(), or the object of a list method that keeps no reference to it
// (v.append(x), v.pop()...). Every store is a plain `v = <new list>` (a
// slice, a display, a comprehension, list + list, list * n). Anything else
// (an argument, a return, an alias, a loop over it, a closure, del v,
// locals()) makes it an ordinary variable.
#include "ast/children.h"
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

namespace {

// List methods that read or change the list without keeping it.
bool keeps_no_reference(std::string_view method) {
  static const std::set<std::string_view> methods{"append", "pop",   "insert", "extend", "remove", "index",
                                                  "count",  "clear", "reverse", "sort",  "copy"};
  return methods.count(method) > 0;
}

// Builtins through which a function's locals can be reached by name.
bool exposes_locals(std::string_view name) {
  return name == "locals" || name == "vars" || name == "eval" || name == "exec" || name == "dir";
}

bool is_scope_node(ast::Kind kind) {
  switch (kind) {
    case ast::Kind::FunctionDef:
    case ast::Kind::AsyncFunctionDef:
    case ast::Kind::ClassDef:
    case ast::Kind::Lambda:
    case ast::Kind::ListComp:
    case ast::Kind::SetComp:
    case ast::Kind::DictComp:
    case ast::Kind::GeneratorExp: return true;
    default: return false;
  }
}

}  // namespace

// A new list object whatever the operands hold.
bool Emitter::fresh_list(const ast::Expr* e) const {
  if (kind_of(type_of(e)) != Kind::List) return false;
  switch (e->kind) {
    case ast::Kind::List:
    case ast::Kind::ListComp: return true;
    case ast::Kind::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(e);
      return s->slice->kind == ast::Kind::Slice && kind_of(type_of(s->value)) == Kind::List;
    }
    case ast::Kind::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      auto builtin = [&](const ast::Expr* x) {
        Kind k = kind_of(type_of(x));
        return k == Kind::List || k == Kind::Int || k == Kind::Bool;
      };
      return (b->op == ast::Operator::Add || b->op == ast::Operator::Mult) && builtin(b->left) && builtin(b->right);
    }
    default: return false;
  }
}

const std::set<std::string>& Emitter::scratch_lists() {
  auto [cached, added] = scratch_lists_.try_emplace(current_->spec);
  std::set<std::string>& names = cached->second;
  if (!added) return names;
  const sema::Scope& scope = symbols_->scope(current_->scope_id);
  auto* def = ast::as<ast::FunctionDef>(scope.node);
  if (!def || scope.kind != sema::ScopeKind::Function) return names;
  for (const sema::Symbol* s : symbols_->symbols_of(scope))
    if (s->resolution == sema::Resolution::Local && !s->is_parameter()) names.insert(s->name);
  std::set<std::string> escaped;
  bool exposed = false;
  // `nested`: inside a nested scope, where any mention of a name counts
  // as an escape (its defaults and decorators run here).
  auto visit = [&](auto& self, const ast::Node* node, bool nested) -> void {
    auto walk = [&](const ast::Node* child) { self(self, child, nested); };
    auto used = [&](const ast::Expr* e) {  // a load that keeps the list in
      if (e->kind != ast::Kind::Name || nested) return walk(e);
    };
    if (auto* name = ast::as<ast::Name>(node)) {
      if (exposes_locals(name->id)) exposed = true;
      escaped.insert(std::string(name->id));
      return;
    }
    // Names bound by what is not a Name node: never scratch lists.
    if (auto* h = ast::as<ast::ExceptHandler>(node)) escaped.insert(std::string(h->name));
    if (auto* alias = ast::as<ast::Alias>(node)) {
      escaped.insert(std::string(alias->name));
      escaped.insert(std::string(alias->asname));
    }
    if (node->kind == ast::Kind::Match) exposed = true;  // capture patterns bind the subject's parts
    if (!nested && is_scope_node(node->kind)) {
      ast::for_each_child(node, [&](const ast::Node* child) { self(self, child, true); });
      return;
    }
    if (auto* a = ast::as<ast::Assign>(node); a && !nested) {
      auto* target = a->targets.size() == 1 ? ast::as<ast::Name>(a->targets[0]) : nullptr;
      if (target && fresh_list(a->value)) return walk(a->value);
    } else if (auto* s = ast::as<ast::Subscript>(node)) {
      used(s->value);
      return walk(s->slice);
    } else if (auto* c = ast::as<ast::Compare>(node)) {
      used(c->left);
      for (const ast::Expr* operand : c->comparators) used(operand);
      return;
    } else if (auto* call = ast::as<ast::Call>(node)) {
      auto* method = ast::as<ast::Attribute>(call->func);
      auto* callee = ast::as<ast::Name>(call->func);
      bool kept = method && keeps_no_reference(method->attr) && kind_of(type_of(method->value)) == Kind::List;
      bool length = callee && callee->id == "len" && kind_of(type_of(callee)) == Kind::Builtin &&
                    call->args.size() == 1 && call->keywords.empty();
      if (kept || length) {
        if (kept) used(method->value);
        else walk(callee);
        for (const ast::Expr* arg : call->args) length ? used(arg) : walk(arg);
        for (const ast::Keyword* k : call->keywords) walk(k);
        return;
      }
    }
    ast::for_each_child(node, walk);
  };
  for (const ast::Stmt* s : def->body) visit(visit, s, false);
  if (exposed) names.clear();
  for (const std::string& name : escaped) names.erase(name);
  return names;
}

std::string Emitter::scratch_slice(const ast::Expr* target, const ast::Expr* value) {
  auto* name = ast::as<ast::Name>(target);
  auto* from = ast::as<ast::Subscript>(value);
  if (!name || !from || !fresh_list(from) || !scratch_lists().count(std::string(name->id))) return "";
  types::TypeId list = type_of(from);
  if (variable_type(name) != list || type_of(from->value) != list) return "";
  auto bounds = slice_of(from->slice);
  if (!bounds) return "";
  std::vector<std::pair<std::string, std::string>> operands{{cxx_type(list, from) + " c_", expression(from->value)}};
  for (auto& operand : *bounds) operands.push_back(operand);
  // The variable as it is, unchecked: an unbound one holds no list, and
  // slice_into then makes one.
  std::string copy = "c_.slice_into(" + variable(name) + ", b0_, b1_, b2_)";
  return store(name, sequenced(position(from), operands, copy));
}

}  // namespace ingot::codegen
