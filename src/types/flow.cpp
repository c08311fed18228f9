// What the narrowing tests established (narrowing.cpp), carried along the
// statements of a function: a fact holds from its test until the local is
// bound again; where branches meet, what all the branches that reach there
// say. Loops, try and with statements keep only the facts on names they do
// not bind (a later iteration, a handler or a suppressed exception may see
// any of their bindings). After `return`, `raise`, `break`, `continue`, and
// where the facts leave a local no value, the rest of a block is dead.
#include <algorithm>

#include "types/inference.h"

namespace ingot::types {
namespace {

bool leaves(const ast::Stmt* s) {
  ast::Kind k = s->kind;
  return k == ast::Kind::Return || k == ast::Kind::Raise || k == ast::Kind::Continue || k == ast::Kind::Break;
}

bool breaks(std::span<ast::Stmt* const> body);

template <class Try>
bool try_breaks(const Try* n) {
  if (breaks(n->body) || breaks(n->orelse) || breaks(n->finalbody)) return true;
  return std::any_of(n->handlers.begin(), n->handlers.end(), [](const ast::ExceptHandler* h) { return breaks(h->body); });
}

// Whether a `break` in `body` leaves the loop whose body it is.
bool breaks(std::span<ast::Stmt* const> body) {
  for (const ast::Stmt* s : body) {
    switch (s->kind) {
      case ast::Kind::Break: return true;
      case ast::Kind::For: if (breaks(static_cast<const ast::For*>(s)->orelse)) return true; break;
      case ast::Kind::AsyncFor: if (breaks(static_cast<const ast::AsyncFor*>(s)->orelse)) return true; break;
      case ast::Kind::While: if (breaks(static_cast<const ast::While*>(s)->orelse)) return true; break;
      case ast::Kind::If: {
        auto* n = static_cast<const ast::If*>(s);
        if (breaks(n->body) || breaks(n->orelse)) return true;
        break;
      }
      case ast::Kind::With: if (breaks(static_cast<const ast::With*>(s)->body)) return true; break;
      case ast::Kind::AsyncWith: if (breaks(static_cast<const ast::AsyncWith*>(s)->body)) return true; break;
      case ast::Kind::Try: if (try_breaks(static_cast<const ast::Try*>(s))) return true; break;
      case ast::Kind::TryStar: if (try_breaks(static_cast<const ast::TryStar*>(s))) return true; break;
      case ast::Kind::Match:
        for (const ast::MatchCase* c : static_cast<const ast::Match*>(s)->cases)
          if (breaks(c->body)) return true;
        break;
      default: break;
    }
  }
  return false;
}

}  // namespace

Inference::Facts Inference::common(const Facts& a, const Facts& b) {
  Facts out;
  for (const Narrowing& n : a)
    if (std::find(b.begin(), b.end(), n) != b.end()) out.push_back(n);
  return out;
}

void Inference::exec_body(std::span<ast::Stmt* const> body) {
  for (size_t i = 0; i < body.size(); ++i) {
    if (i > 0) {
      // Only what narrowing makes unreachable is left out: code after a
      // plain return is still emitted as before.
      if (!reachable_ && !leaves(body[i - 1])) {
        current().guarded.insert(body[i]);  // dead: not analysed (Spec::dead)
        return;
      }
      current().reached.insert(body[i]);
    }
    const ast::Stmt* s = body[i];
    exec(s);
    switch (s->kind) {
      // Bindings that are not assignments (those forget in assign_target).
      case ast::Kind::Import:
      case ast::Kind::ImportFrom:
      case ast::Kind::FunctionDef:
      case ast::Kind::AsyncFunctionDef:
      case ast::Kind::ClassDef:
      case ast::Kind::Delete: forget_bound(s); break;
      default: break;
    }
    if (leaves(s) || (!narrowings_.empty() && !possible({}))) reachable_ = false;
  }
}

void Inference::exec_if(const ast::If* n) {
  condition(n->test);
  Tested t = tested(n->test);
  Facts entry = narrowings_;
  std::optional<Facts> after;  // what the branches that end say
  bool impossible = false;     // a branch no value reaches
  for (auto [body, added] : {std::pair{&n->body, &t.when_true}, std::pair{&n->orelse, &t.when_false}}) {
    narrowings_ = entry;
    if (body->empty() ? !possible(*added) : !reach((*body)[0], *added)) {
      impossible = true;
      continue;
    }
    assume(*added);
    reachable_ = true;
    exec_body(*body);
    if (!reachable_) continue;
    after = after ? common(*after, narrowings_) : narrowings_;
  }
  reachable_ = after.has_value() || !impossible;
  narrowings_ = after ? std::move(*after) : std::move(entry);
}

void Inference::exec_while(const ast::While* n) {
  forget_bound(n);
  Facts entry = narrowings_;
  condition(n->test);
  Tested t = tested(n->test);
  assume(t.when_true);
  reachable_ = true;
  exec_body(n->body);
  // The else runs, and a loop without break ends, when the test is false.
  narrowings_ = entry;
  assume(t.when_false);
  reachable_ = true;
  exec_body(n->orelse);
  if (breaks(n->body)) narrowings_ = common(narrowings_, entry);
  reachable_ = true;
}

void Inference::exec_match(const ast::Match* n) {
  TypeId subject = eval(n->subject);
  forget_bound(n);
  Facts entry = narrowings_;
  for (const ast::MatchCase* c : n->cases) {
    narrowings_ = entry;
    reachable_ = true;
    exec_pattern(c->pattern, subject);
    if (c->guard) condition(c->guard);
    exec_body(c->body);
  }
  narrowings_ = std::move(entry);
  reachable_ = true;
}

// `x = v` with v never None: the reads that follow see x's members besides
// None (`x = x if x is not None else []`, `if x is None: x = []`).
void Inference::after_assignment(const ast::Expr* target, TypeId value) {
  if (value == kBottom) return;
  for (TypeId m : members_of(value))
    if (m == kDyn || table().kind(m) == Kind::None) return;
  if (auto n = tested_local(target, kNone, false)) narrowings_.push_back(*n);
}

}  // namespace ingot::types
