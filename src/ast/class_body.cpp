#include "ast/class_body.h"

#include <set>

#include "ast/children.h"

namespace ingot::ast {
namespace {

using Names = std::set<std::string_view>;

// The children of `node` that run in the scope around it: all of them but
// the body of a def, lambda or class, and a comprehension's parts past its
// first iterable.
template <class Visit>
void for_each_in_scope(const Node* node, Visit&& visit) {
  auto header = [&](const auto* def) {
    visit(def->args);  // defaults and annotations
    for (const Expr* d : def->decorator_list) visit(d);
    if (def->returns) visit(def->returns);
  };
  switch (node->kind) {
    case Kind::FunctionDef: return header(static_cast<const FunctionDef*>(node));
    case Kind::AsyncFunctionDef: return header(static_cast<const AsyncFunctionDef*>(node));
    case Kind::Lambda: return visit(static_cast<const Lambda*>(node)->args);
    case Kind::ClassDef: {
      auto* c = static_cast<const ClassDef*>(node);
      for (const Expr* base : c->bases) visit(base);
      for (const Keyword* k : c->keywords) visit(k);
      for (const Expr* d : c->decorator_list) visit(d);
      return;
    }
    case Kind::ListComp: return visit(static_cast<const ListComp*>(node)->generators[0]->iter);
    case Kind::SetComp: return visit(static_cast<const SetComp*>(node)->generators[0]->iter);
    case Kind::DictComp: return visit(static_cast<const DictComp*>(node)->generators[0]->iter);
    case Kind::GeneratorExp: return visit(static_cast<const GeneratorExp*>(node)->generators[0]->iter);
    default: return for_each_child(node, visit);
  }
}

// The names `node` binds (Store) or unbinds (Del: `del`, and an except
// clause's name at its end) anywhere in its scope, into `out`.
void collect(const Node* node, ExprContext ctx, Names& out) {
  if (auto* n = as<Name>(node); n && n->ctx == ctx) out.insert(n->id);
  if (auto* h = as<ExceptHandler>(node); h && h->name.data() && ctx == ExprContext::Del) out.insert(h->name);
  for_each_in_scope(node, [&](const Node* child) { collect(child, ctx, out); });
}

// A walk of the body along its paths, carrying the names bound on every
// path so far. Where paths join it keeps what all of them bind; a loop,
// a try statement's handlers and what follows them start from what held
// before, less what they may delete. Unsure is safe: a read found here
// only costs its caller a run-time test.
class BodyReads {
 public:
  std::unordered_set<const Expr*> out;

  Names block(std::span<Stmt* const> body, Names bound) {
    for (const Stmt* s : body) bound = statement(s, std::move(bound));
    return bound;
  }

 private:
  void reads(const Node* node, const Names& bound) {
    if (auto* n = as<Name>(node); n && n->ctx == ExprContext::Load && !bound.count(n->id)) out.insert(n);
    for_each_in_scope(node, [&](const Node* child) { reads(child, bound); });
  }

  Names statement(const Stmt* s, Names bound) {
    Names deleted;
    collect(s, ExprContext::Del, deleted);
    auto entry = [&] {
      Names kept = bound;
      for (std::string_view name : deleted) kept.erase(name);
      return kept;
    };
    switch (s->kind) {
      case Kind::If: {
        auto* n = static_cast<const If*>(s);
        reads(n->test, bound);
        Names body = block(n->body, bound), orelse = block(n->orelse, bound);
        std::erase_if(body, [&](std::string_view name) { return !orelse.count(name); });
        return body;
      }
      case Kind::For: return loop(static_cast<const For*>(s), entry());
      case Kind::AsyncFor: return loop(static_cast<const AsyncFor*>(s), entry());
      case Kind::While: {
        auto* n = static_cast<const While*>(s);
        Names start = entry();
        reads(n->test, start);
        block(n->body, start);
        block(n->orelse, start);
        return start;
      }
      case Kind::With: return with(static_cast<const With*>(s), std::move(bound), deleted);
      case Kind::AsyncWith: return with(static_cast<const AsyncWith*>(s), std::move(bound), deleted);
      case Kind::Try: return handled(static_cast<const Try*>(s), bound, entry());
      case Kind::TryStar: return handled(static_cast<const TryStar*>(s), bound, entry());
      case Kind::Match: {
        auto* n = static_cast<const Match*>(s);
        reads(n->subject, bound);
        Names start = entry();
        for (const MatchCase* c : n->cases) {
          reads(c->pattern, start);
          if (c->guard) reads(c->guard, start);
          block(c->body, start);
        }
        return start;
      }
      default: break;
    }
    // A simple statement: its reads, then its bindings.
    reads(s, bound);
    if (auto* a = as<AugAssign>(s); a && a->target->kind == Kind::Name && !bound.count(as<Name>(a->target)->id))
      out.insert(a->target);
    collect(s, ExprContext::Store, bound);
    if (auto* def = as<FunctionDef>(s)) bound.insert(def->name);
    if (auto* def = as<AsyncFunctionDef>(s)) bound.insert(def->name);
    if (auto* c = as<ClassDef>(s)) bound.insert(c->name);
    auto imported = [&](const Seq<Alias*>& names) {
      for (const Alias* alias : names) bound.insert(alias->asname.data() ? alias->asname : alias->name.substr(0, alias->name.find('.')));
    };
    if (auto* i = as<Import>(s)) imported(i->names);
    if (auto* i = as<ImportFrom>(s)) imported(i->names);
    for (std::string_view name : deleted) bound.erase(name);
    return bound;
  }

  template <class Loop>
  Names loop(const Loop* n, Names start) {
    reads(n->iter, start);
    Names inside = start;
    collect(n->target, ExprContext::Store, inside);
    reads(n->target, start);  // `for self.x in ...`
    block(n->body, inside);
    block(n->orelse, start);
    return start;
  }

  // What an exception the context manager suppresses cut short is not bound after.
  template <class With>
  Names with(const With* n, Names bound, const Names& deleted) {
    for (const WithItem* item : n->items) reads(item, bound);
    for (const WithItem* item : n->items)
      if (item->optional_vars) collect(item->optional_vars, ExprContext::Store, bound);
    block(n->body, bound);
    for (std::string_view name : deleted) bound.erase(name);
    return bound;
  }

  template <class Try>
  Names handled(const Try* n, const Names& bound, const Names& start) {
    block(n->orelse, block(n->body, bound));
    for (const ExceptHandler* h : n->handlers) {
      if (h->type) reads(h->type, start);
      Names inside = start;
      if (h->name.data()) inside.insert(h->name);
      block(h->body, inside);
    }
    return block(n->finalbody, start);
  }
};

}  // namespace

std::unordered_set<const Expr*> reads_before_binding(std::span<Stmt* const> body) {
  BodyReads walk;
  walk.block(body, {});
  return std::move(walk.out);
}

std::unordered_set<const Expr*> reads_before_binding(const ClassDef* c) { return reads_before_binding(c->body); }

const Stmt* class_binding(const ClassDef* c, std::string_view name) {
  const Stmt* last = nullptr;
  for (const Stmt* s : c->body) {
    if (auto* def = as<FunctionDef>(s); def && def->name == name) last = s;
    if (auto* assign = as<Assign>(s))
      for (const Expr* target : assign->targets)
        if (auto* n = as<Name>(target); n && n->id == name) last = s;
  }
  return last;
}

bool is_abstractmethod(const Expr* decorator) {
  if (auto* n = as<Name>(decorator)) return n->id == "abstractmethod";
  if (auto* a = as<Attribute>(decorator)) return a->attr == "abstractmethod";
  return false;
}

std::vector<const Expr*> decorators_past_abstract(const FunctionDef* def) {
  std::vector<const Expr*> out;
  for (const Expr* d : def->decorator_list)
    if (!is_abstractmethod(d)) out.push_back(d);
  return out;
}

}  // namespace ingot::ast
