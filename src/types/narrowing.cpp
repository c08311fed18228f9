// isinstance() narrowing: inside `if isinstance(x, C):` (and after
// `if not isinstance(x, C): return ...` or `assert isinstance(x, C)`, in
// `isinstance(x, C) and x.f`, in `x.f if isinstance(x, C) else d`) a read
// of the local x has the members of x's type that may be C instances; in the other branch, those
// that may not be. The analysis is flow-insensitive per variable, so this
// holds only for a plain local of the running function that nothing in
// the narrowed region binds again (the read sees the tested value).
// Code generation converts such a read from the variable's type
// (expressions.cpp), which the test made safe.
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

constexpr std::string_view kKnownBuiltins[] = {"bool", "int",  "float", "complex", "str",   "bytes",
                                               "bytearray", "list", "dict", "set", "tuple", "range"};

}  // namespace

// Whether a value of type `member` is an instance of the class(es) that
// `classinfo` (the type of isinstance's second argument) names.
static Answer instance_answer(TypeTable& table, const ProgramTypes& out, TypeId member, TypeId classinfo) {
  const Type& c = table.get(classinfo);
  const Type& t = table.get(member);
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
    // A class of the program derives from a builtin only through a base it names.
    if (t.kind == Kind::Instance && !t.b && out.classes[t.a].builtin_base.empty()) return Answer::No;
  }
  return Answer::Maybe;
}

TypeId Inference::narrow(TypeId type, TypeId classinfo, bool positive) {
  std::vector<TypeId> members = members_of(type);
  TypeId kept = kBottom;
  for (TypeId m : members) {
    if (m == kDyn) return type;
    Answer a = instance_answer(table(), out_, m, classinfo);
    if (a != (positive ? Answer::No : Answer::Yes)) kept = table().join(kept, m);
  }
  // A branch no member reaches keeps the whole type: it is written as
  // before, never run.
  return kept == kBottom ? type : kept;
}

// `isinstance(x, C)` with x a plain local of the running function: the
// narrowing it gives when true (`not` flips it).
std::optional<Inference::Narrowing> Inference::isinstance_test(const ast::Expr* test) {
  bool positive = true;
  while (auto* u = ast::as<ast::UnaryOp>(test)) {
    if (u->op != ast::UnaryOperator::Not) return std::nullopt;
    positive = !positive;
    test = u->operand;
  }
  auto* call = ast::as<ast::Call>(test);
  if (!call || call->args.size() != 2 || !call->keywords.empty()) return std::nullopt;
  auto* callee = ast::as<ast::Name>(call->func);
  auto* subject = ast::as<ast::Name>(call->args[0]);
  if (!callee || callee->id != "isinstance" || !subject || call->args[1]->kind == ast::Kind::Starred) return std::nullopt;
  if (!find_builtin("isinstance") || variable("isinstance")) return std::nullopt;  // rebound
  if (scope_->kind != sema::ScopeKind::Function) return std::nullopt;
  const sema::Symbol* symbol = symbols_->lookup(*scope_, mangled(subject->id));
  if (!symbol || symbol->resolution != sema::Resolution::Local) return std::nullopt;
  TypeId classinfo = recorded(call->args[1]);
  if (classinfo == kBottom) return std::nullopt;
  return Narrowing{symbol, subject->id, classinfo, positive};
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

bool binds_any(std::span<ast::Stmt* const> body, std::string_view name) {
  for (const ast::Stmt* s : body)
    if (binds(s, name)) return true;
  return false;
}

// A block whose end is never reached: its last statement leaves it.
bool leaves(std::span<ast::Stmt* const> body) {
  if (body.empty()) return false;
  ast::Kind k = body.back()->kind;
  return k == ast::Kind::Return || k == ast::Kind::Raise || k == ast::Kind::Continue || k == ast::Kind::Break;
}

}  // namespace

TypeId Inference::narrowed_read(const ast::Name* name, TypeId type) {
  if (narrowings_.empty() || type == kBottom) return type;
  const sema::Symbol* symbol = symbols_->lookup(*scope_, mangled(name->id));
  for (const Narrowing& n : narrowings_)
    if (n.symbol == symbol) type = narrow(type, n.classinfo, n.positive);
  return type;
}

// Runs `run` with the narrowing `n` (flipped where `positive` is false) on
// the reads in `region`, unless the region binds the name again.
template <class Run>
static void with_narrowing(std::vector<Inference::Narrowing>& stack, std::optional<Inference::Narrowing> n,
                           bool positive, bool rebinds, Run run) {
  if (!n || rebinds) return run();
  n->positive = n->positive == positive;
  stack.push_back(*n);
  run();
  stack.pop_back();
}

void Inference::exec_if(const ast::If* n) {
  condition(n->test);
  std::optional<Narrowing> test = isinstance_test(n->test);
  std::string_view name = test ? test->name : "";
  // `if isinstance(x, A) and x.f > 0:` narrows the body by each isinstance among the `and`'s operands.
  std::vector<Narrowing> conjuncts;
  if (auto* both = ast::as<ast::BoolOp>(n->test); both && both->op == ast::BoolOperator::And)
    for (const ast::Expr* v : both->values)
      if (auto c = isinstance_test(v); c && !binds_any(n->body, c->name)) conjuncts.push_back(*c);
  size_t depth = narrowings_.size();
  narrowings_.insert(narrowings_.end(), conjuncts.begin(), conjuncts.end());
  with_narrowing(narrowings_, test, true, test && binds_any(n->body, name), [&] { exec_body(n->body); });
  narrowings_.resize(depth);
  with_narrowing(narrowings_, test, false, test && binds_any(n->orelse, name), [&] { exec_body(n->orelse); });
}

void Inference::exec_body(std::span<ast::Stmt* const> body) {
  size_t depth = narrowings_.size();
  for (size_t i = 0; i < body.size(); ++i) {
    exec(body[i]);
    // `if not isinstance(x, C): return ...` and `assert isinstance(x, C)`:
    // what follows sees a C.
    std::optional<Narrowing> test;
    if (auto* n = ast::as<ast::If>(body[i]); n && n->orelse.empty() && leaves(n->body)) {
      test = isinstance_test(n->test);
      if (test) test->positive = !test->positive;
    } else if (auto* a = ast::as<ast::Assert>(body[i])) {
      test = isinstance_test(a->test);
    }
    if (!test || binds_any(body.subspan(i + 1), test->name)) continue;
    narrowings_.push_back(*test);
  }
  narrowings_.resize(depth);
}

// `a and b`: b runs where a was true; `a or b`: where a was false.
TypeId Inference::eval_bool_op(const ast::BoolOp* op) {
  const auto& values = op->values;
  size_t depth = narrowings_.size();
  TypeId result = kBottom;
  for (size_t i = 0; i < values.size(); ++i) {
    result = table().join(result, i + 1 < values.size() ? condition(values[i]) : eval(values[i]));
    if (i + 1 == values.size()) break;
    std::optional<Narrowing> test = isinstance_test(values[i]);
    bool rebinds = false;
    for (size_t j = i + 1; j < values.size() && test; ++j) rebinds |= binds(values[j], test->name);
    if (!test || rebinds) continue;
    test->positive = test->positive == (op->op == ast::BoolOperator::And);
    narrowings_.push_back(*test);
  }
  narrowings_.resize(depth);
  return result;
}

// `a if c else b`.
TypeId Inference::eval_if_expression(const ast::IfExp* n) {
  condition(n->test);
  std::optional<Narrowing> test = isinstance_test(n->test);
  std::string_view name = test ? test->name : "";
  TypeId body = kBottom, orelse = kBottom;
  with_narrowing(narrowings_, test, true, test && binds(n->body, name), [&] { body = eval(n->body); });
  with_narrowing(narrowings_, test, false, test && binds(n->orelse, name), [&] { orelse = eval(n->orelse); });
  return table().join(body, orelse);
}

}  // namespace ingot::types
