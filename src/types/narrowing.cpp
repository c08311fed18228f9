// Narrowing: inside `if isinstance(x, C):`, `if x is not None:`, `if x:`
// (and after `if x is None: return ...`, `assert isinstance(x, C)`, in
// `x is not None and x.f`, in `x.f if x is not None else d`, in the body of
// `while x is not None:`) a read of the local x has the members of x's type
// that may pass the test; in the other branch, those that may fail it. A
// fact holds of a plain local of the running function from the test until
// something binds the name again (flow.cpp carries the facts along the
// statements and joins them where branches meet). Code generation converts
// such a read from the variable's type (expressions.cpp), which the test
// made safe.
//
// A branch no value reaches (`else` of `if x is None:` in the specialisation
// for x = None) is dead in that specialisation: not analysed, and code
// generation emits no code for it (Spec::dead). What follows a test whose
// every reachable branch leaves is dead too. The last pass over a
// specialisation decides (Inference::evaluate): an earlier one may have run
// a branch on types not yet known.
#include <algorithm>

#include "ast/children.h"
#include "types/builtins.h"
#include "types/inference.h"

namespace ingot::types {
namespace {

enum class Answer { Yes, No, Maybe };

// The builtin classes an isinstance() test names, by the kind of value
// that is always (and only) an instance of them.
bool builtin_instance(Kind k, std::string_view cls) {
  switch (k) {
    case Kind::Bool: return cls == "bool" || cls == "int";
    case Kind::Int: return cls == "int";
    case Kind::Float: return cls == "float";
    case Kind::Complex: return cls == "complex";
    case Kind::Str: return cls == "str";
    case Kind::Bytes: return cls == "bytes";
    case Kind::ByteArray: return cls == "bytearray";
    case Kind::List: return cls == "list";
    case Kind::Dict: return cls == "dict";
    case Kind::Set: return cls == "set";
    case Kind::Tuple:
    case Kind::TupleOf: return cls == "tuple";
    case Kind::Range: return cls == "range";
    default: return false;
  }
}

bool plain_builtin_value(Kind k) {
  switch (k) {
    case Kind::Bool: case Kind::Int: case Kind::Float: case Kind::Complex: case Kind::Str: case Kind::Bytes:
    case Kind::ByteArray: case Kind::List: case Kind::Dict: case Kind::Set: case Kind::Tuple: case Kind::TupleOf:
    case Kind::Range: case Kind::None: return true;
    default: return false;
  }
}

// Whether a class statement's body assigns _ingot_builtin_.
bool marks_builtin(const ast::ClassDef* node) {
  if (!node) return false;
  for (const ast::Stmt* s : node->body)
    if (auto* a = ast::as<ast::Assign>(s))
      for (const ast::Expr* target : a->targets)
        if (auto* name = ast::as<ast::Name>(target); name && name->id == "_ingot_builtin_") return true;
  return false;
}

constexpr std::string_view kKnownBuiltins[] = {"bool", "int",  "float", "complex", "str",   "bytes",
                                               "bytearray", "list", "dict", "set", "tuple", "range"};

}  // namespace

// Whether a value of type `member` is an instance of the class(es) that
// `classinfo` (the type of isinstance's second argument) names.
static Answer instance_answer(TypeTable& table, const ProgramTypes& out, TypeId member, TypeId classinfo) {
  const Type& c = table.get(classinfo);
  const Type& t = table.get(member);
  if (c.kind == Kind::None) return t.kind == Kind::None ? Answer::Yes : Answer::No;  // `x is None`
  if (c.kind == Kind::Tuple) {
    bool all_no = true;
    for (TypeId one : c.args) {
      Answer a = instance_answer(table, out, member, one);
      if (a == Answer::Yes) return Answer::Yes;
      all_no &= a == Answer::No;
    }
    return all_no ? Answer::No : Answer::Maybe;
  }
  if (c.kind == Kind::Class) {
    if (t.kind == Kind::Instance) {
      const auto& mro = out.classes[t.a].mro;
      if (std::find(mro.begin(), mro.end(), ClassId(c.a)) != mro.end()) return Answer::Yes;
    }
    // A class deriving from a library class (abc.ABC, collections.abc's)
    // may have any class registered as its virtual subclass.
    for (ClassId k : out.classes[c.a].mro)
      if (out.classes[k].module != sema::kMainModule) return Answer::Maybe;
    if (t.kind == Kind::Instance) return t.b && table.is_subclass(c.a, t.a) ? Answer::Maybe : Answer::No;
    return plain_builtin_value(t.kind) ? Answer::No : Answer::Maybe;
  }
  if (c.kind == Kind::Builtin) {
    std::string_view name = builtin_name(c.a);
    if (std::find(std::begin(kKnownBuiltins), std::end(kKnownBuiltins), name) == std::end(kKnownBuiltins))
      return Answer::Maybe;
    if (plain_builtin_value(t.kind)) return builtin_instance(t.kind, name) ? Answer::Yes : Answer::No;
    // A class of the program derives from a builtin only through a base it
    // names, or the stand-in bases written for a dict or str base
    // (driver/builtin_bases.h) and named tuples (driver/namedtuples.cpp),
    // whose bodies assign _ingot_builtin_. Read from the class statement:
    // the answer must not change once the body has run, since what this
    // test ruled out is not analysed again.
    auto from_builtin = [&](ClassId cls) {
      return std::any_of(out.classes[cls].mro.begin(), out.classes[cls].mro.end(), [&](ClassId k) {
        return !out.classes[k].builtin_base.empty() || marks_builtin(out.classes[k].node);
      });
    };
    if (t.kind == Kind::Instance && !t.b && !from_builtin(t.a)) return Answer::No;
  }
  return Answer::Maybe;
}

TypeId Inference::narrow(TypeId type, TypeId classinfo, bool positive) {
  // A recursive member is tested by its unfolding but kept whole: the
  // non-None part of a tree `rec[tuple[self | None, ...]] | None` is the
  // tree's own type, which the calls made with whole trees were
  // specialised on, not a new tuple type one level deep.
  std::vector<TypeId> members(table().members(type).begin(), table().members(type).end());
  TypeId kept = kBottom;
  for (TypeId m : members) {
    if (m == kDyn) return type;
    Answer a = instance_answer(table(), out_, table().unfold(m), classinfo);
    if (a != (positive ? Answer::No : Answer::Yes)) kept = table().join(kept, m);
  }
  return kept;
}

// `subject` (as `x` or `(x := ...)`) when x is a plain local of the running function.
std::optional<Inference::Narrowing> Inference::tested_local(const ast::Expr* subject, TypeId classinfo, bool positive) {
  if (auto* walrus = ast::as<ast::NamedExpr>(subject)) subject = walrus->target;
  auto* name = ast::as<ast::Name>(subject);
  if (!name || scope_->kind != sema::ScopeKind::Function) return std::nullopt;
  const sema::Symbol* symbol = symbols_->lookup(*scope_, name->id);
  if (!symbol || symbol->resolution != sema::Resolution::Local) return std::nullopt;
  return Narrowing{symbol, name->id, classinfo, positive};
}

// `isinstance(x, C)` with x a plain local of the running function: the
// narrowing it gives when true.
std::optional<Inference::Narrowing> Inference::isinstance_test(const ast::Expr* test) {
  auto* call = ast::as<ast::Call>(test);
  if (!call || call->args.size() != 2 || !call->keywords.empty()) return std::nullopt;
  auto* callee = ast::as<ast::Name>(call->func);
  if (!callee || callee->id != "isinstance" || call->args[1]->kind == ast::Kind::Starred) return std::nullopt;
  if (!find_builtin("isinstance") || variable("isinstance")) return std::nullopt;  // rebound
  TypeId classinfo = recorded(call->args[1]);
  // isinstance(x, None) raises: no fact to take from it.
  if (classinfo == kBottom || table().kind(classinfo) == Kind::None) return std::nullopt;
  return tested_local(call->args[0], classinfo, true);
}

namespace {

// Whether anything in `node` (a statement or expression) binds `name`.
bool binds(const ast::Node* node, std::string_view name) {
  bool found = false;
  auto visit = [&](auto& self, const ast::Node* n) -> void {
    if (found) return;
    switch (n->kind) {
      case ast::Kind::Name: {
        auto* x = static_cast<const ast::Name*>(n);
        found = x->id == name && x->ctx != ast::ExprContext::Load;
        return;
      }
      case ast::Kind::FunctionDef: found = static_cast<const ast::FunctionDef*>(n)->name == name; break;
      case ast::Kind::AsyncFunctionDef: found = static_cast<const ast::AsyncFunctionDef*>(n)->name == name; break;
      case ast::Kind::ClassDef: found = static_cast<const ast::ClassDef*>(n)->name == name; break;
      case ast::Kind::ExceptHandler: found = static_cast<const ast::ExceptHandler*>(n)->name == name; break;
      case ast::Kind::Alias: {
        auto* a = static_cast<const ast::Alias*>(n);
        found = a->name == name || a->asname == name || a->name.starts_with(std::string(name) + ".");
        break;
      }
      case ast::Kind::MatchAs: found = static_cast<const ast::MatchAs*>(n)->name == name; break;
      case ast::Kind::MatchStar: found = static_cast<const ast::MatchStar*>(n)->name == name; break;
      case ast::Kind::MatchMapping: found = static_cast<const ast::MatchMapping*>(n)->rest == name; break;
      default: break;
    }
    if (!found) ast::for_each_child(n, [&](const ast::Node* child) { self(self, child); });
  };
  visit(visit, node);
  return found;
}

bool is_none(const ast::Expr* e) {
  auto* c = ast::as<ast::Constant>(e);
  return c && c->value.kind == ast::Value::Kind::None;
}

// The facts of operands 0..i-1 hold while operand i runs, unless a later
// operand binds the name again (walrus).
Inference::Facts unless_rebound(Inference::Facts facts, std::span<ast::Expr* const> later) {
  std::erase_if(facts, [&](const Inference::Narrowing& n) {
    return std::any_of(later.begin(), later.end(), [&](const ast::Expr* e) { return binds(e, n.name); });
  });
  return facts;
}

}  // namespace

// What `test` being true, and being false, says of the locals it tests.
Inference::Tested Inference::tested(const ast::Expr* test) {
  if (auto* u = ast::as<ast::UnaryOp>(test); u && u->op == ast::UnaryOperator::Not) {
    Tested t = tested(u->operand);
    return {std::move(t.when_false), std::move(t.when_true)};
  }
  if (auto* both = ast::as<ast::BoolOp>(test)) {
    // `a and b` is true when each is; false when one is (what all of them say when false).
    bool is_and = both->op == ast::BoolOperator::And;
    Facts all, some;
    const auto& values = both->values;
    for (size_t i = 0; i < values.size(); ++i) {
      Tested t = tested(values[i]);
      Facts& each = is_and ? t.when_true : t.when_false;
      Facts& one = is_and ? t.when_false : t.when_true;
      Facts kept = unless_rebound(std::move(each), std::span(values).subspan(i + 1));
      all.insert(all.end(), kept.begin(), kept.end());
      some = i == 0 ? std::move(one) : common(some, one);
    }
    return is_and ? Tested{std::move(all), std::move(some)} : Tested{std::move(some), std::move(all)};
  }
  Tested out;
  auto fact = [&](std::optional<Narrowing> n, bool both_ways) {
    if (!n) return;
    out.when_true.push_back(*n);
    if (both_ways) out.when_false.push_back(Narrowing{n->symbol, n->name, n->classinfo, !n->positive});
  };
  if (auto* c = ast::as<ast::Compare>(test); c && c->ops.size() == 1 &&
      (c->ops[0] == ast::CmpOperator::Is || c->ops[0] == ast::CmpOperator::IsNot)) {
    const ast::Expr* subject = is_none(c->comparators[0]) ? c->left : is_none(c->left) ? c->comparators[0] : nullptr;
    if (subject) fact(tested_local(subject, kNone, c->ops[0] == ast::CmpOperator::Is), true);
  } else if (ast::as<ast::Call>(test)) {
    fact(isinstance_test(test), true);
  } else {
    // `if x:` — None is false, so a true x is not None.
    fact(tested_local(test, kNone, false), false);
  }
  return out;
}

TypeId Inference::narrowed_read(const ast::Name* name, TypeId type) {
  if (narrowings_.empty() || type == kBottom) return type;
  const sema::Symbol* symbol = symbols_->lookup(*scope_, name->id);
  for (const Narrowing& n : narrowings_)
    if (n.symbol == symbol) {
      // Facts that contradict each other hold only where nothing runs.
      if (TypeId kept = narrow(type, n.classinfo, n.positive); kept != kBottom) type = kept;
    }
  return type;
}

// Whether some value of each tested local passes what holds here and `added`:
// where none does, the code never runs. A local without a value yet (one
// whose only values come from calls that never return) counts as passing.
//
// What such a branch would have called is not asked for: an operation that
// code generation runs on boxed values (a type slot, `!=` through __eq__)
// asks for its specialisations itself where the analysis sees it.
bool Inference::possible(const Facts& added) {
  auto passes = [&](const Narrowing& fact) {
    Slot* slot = variable(fact.name);
    if (!slot) return true;
    TypeId type = read(*slot);
    if (type == kBottom) return true;
    for (const Facts* facts : {static_cast<const Facts*>(&narrowings_), &added})
      for (const Narrowing& n : *facts)
        if (n.symbol == fact.symbol && type != kBottom) type = narrow(type, n.classinfo, n.positive);
    return type != kBottom;
  };
  return std::all_of(added.begin(), added.end(), passes) && std::all_of(narrowings_.begin(), narrowings_.end(), passes);
}

// Records that `region` runs where `added` holds; false when it never does
// (Spec::dead).
bool Inference::reach(const ast::Node* region, const Facts& added) {
  current().guarded.insert(region);
  if (!possible(added)) return false;
  current().reached.insert(region);
  return true;
}

void Inference::forget(const sema::Symbol* symbol) {
  std::erase_if(narrowings_, [&](const Narrowing& n) { return n.symbol == symbol; });
}

void Inference::forget_bound(const ast::Node* node) {
  std::erase_if(narrowings_, [&](const Narrowing& n) { return binds(node, n.name); });
}

// `a and b`: b runs where a was true; `a or b`: where a was false. An
// operand no value reaches is dead, as are those after it.
TypeId Inference::eval_bool_op(const ast::BoolOp* op) {
  const auto& values = op->values;
  Facts saved = narrowings_;
  TypeId result = kBottom;
  for (size_t i = 0; i < values.size(); ++i) {
    result = table().join(result, i + 1 < values.size() ? condition(values[i]) : eval(values[i]));
    if (i + 1 == values.size()) break;
    Tested t = tested(values[i]);
    Facts added = unless_rebound(op->op == ast::BoolOperator::And ? t.when_true : t.when_false,
                                 std::span(values).subspan(i + 1));
    if (!reach(values[i + 1], added)) break;
    assume(added);
  }
  narrowings_ = std::move(saved);
  forget_bound(op);
  return result;
}

// `a if c else b`.
TypeId Inference::eval_if_expression(const ast::IfExp* n) {
  condition(n->test);
  Tested t = tested(n->test);
  Facts saved = narrowings_;
  TypeId result = kBottom;
  for (auto [arm, added] : {std::pair{n->body, &t.when_true}, std::pair{n->orelse, &t.when_false}}) {
    narrowings_ = saved;
    *added = unless_rebound(std::move(*added), std::span(&arm, 1));
    if (!reach(arm, *added)) continue;
    assume(*added);
    result = table().join(result, eval(arm));
  }
  narrowings_ = std::move(saved);
  forget_bound(n);
  return result;
}

}  // namespace ingot::types
