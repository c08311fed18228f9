// The overflow proof of a speculative int64_t clone (int_speculation.cpp).
//
// The checked additions of fib's clone keep gcc from reshaping the
// recursion as it does for the unchecked C++ twin (an accumulator, several
// levels inlined into one): with them fib(36) takes about 1.2 times the
// twin's time, without them the same. So the entry first runs the body on
// intervals (runtime/speculation_range.h), and where no value can leave
// int64_t it runs the clone without overflow checks.
//
// The proof needs the measure of the recursion that lets the clone skip its
// depth checks: levels_ = measure - bound + 1 levels of calls at most below
// the entry. Every other parameter must be passed on by each self-call
// changed by a constant (or not at all), so over levels_ levels it stays
// within [v - levels_ * down, v + levels_ * up]; the measure itself stays at
// least bound - (its largest step). R_i, the values a call with at most i
// levels below it returns, is the join of the body's return values with
// self-calls returning R_(i-1) (R_-1 empty); R_levels_ bounds the entry.
// Every other value is an operation on parameters, locals and calls, whose
// interval the same walk computes: a local is the join of the values
// assigned to it before (the body has no loops, so a read sees only such).
// The clone's accumulator (int_speculation.cpp) adds at most levels_ terms
// per return, each in the range of such terms, then a return value.
//
// Only a body that can make two self-calls in one run is proven: its
// calls grow exponentially with levels_, the proof linearly (and its
// ranges overflow within 63 levels unless they stay put); for a linear
// recursion the proof would cost about what it saves.
#include "codegen/int_ranges.h"

#include "ast/children.h"
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

namespace {

class RangeWriter {
 public:
  RangeWriter(const types::ProgramTypes& program, types::SpecId spec, const RecursionShape& shape)
      : program_(program), spec_(spec), shape_(shape) {}

  std::string write(const std::string& name, const ast::FunctionDef* def) {
    const types::FunctionInfo& info = program_.functions[program_.spec(spec_).function];
    std::string params, ranges;
    for (size_t i = 0; i < info.params.size(); ++i) {
      if (!shape_.steps[i]) return "";
      std::string p = mangle(info.params[i].name);
      params += "int64_t v_" + p + ", ";
      ranges += "  const rt::speculation::Range r_" + p + " = ";
      std::string stepped = "r_.stepped(v_" + p + ", levels_, INT64_C(" + std::to_string(shape_.steps[i]->first) +
                            "), INT64_C(" + std::to_string(shape_.steps[i]->second) + "))";
      if (i == shape_.measure)
        ranges += "r_.at_least(" + stepped + ", INT64_C(" + std::to_string(shape_.bound) + ") - INT64_C(" +
                  std::to_string(shape_.steps[i]->first) + "));\n";
      else
        ranges += stepped + ";\n";
    }
    std::string body;
    if (statements(def->body, body) < 2 || unknown_) return "";
    std::string locals;
    for (const std::string& local : locals_) locals += "    rt::speculation::Range r_" + mangle(local) + ";\n";
    std::string out = "static bool " + name + "_exact(" + params + "int64_t levels_) {\n";
    out += "  rt::speculation::Ranges r_;\n" + ranges;
    out += "  rt::speculation::Range result_, terms_;\n";
    out += "  for (int64_t level_ = 0; level_ <= levels_; ++level_) {\n";
    out += "    const rt::speculation::Range calls_ = result_;\n    rt::speculation::Range next_;\n" + locals + body;
    out += "    if (!r_.ok) return false;\n    if (next_ == result_) break;\n    result_ = next_;\n  }\n";
    out += "  return r_.accumulates(terms_, levels_ * INT64_C(" + std::to_string(terms_per_level_) + "), result_);\n}\n";
    return out;
  }

 private:
  Kind kind(const ast::Expr* e) const { return program_.table.kind(program_.type_of(spec_, e)); }

  // Writes the ranges of `body`; the most self-calls one run through it makes.
  int statements(const ast::Seq<ast::Stmt*>& body, std::string& out) {
    int most = 0;
    for (const ast::Stmt* s : body) most += statement(s, out);
    return most;
  }

  int statement(const ast::Stmt* s, std::string& out) {
    switch (s->kind) {
      case ast::Kind::ExprStmt: {
        const ast::Expr* value = static_cast<const ast::ExprStmt*>(s)->value;
        out += "    (void)(" + range(value) + ");\n";
        return calls(value);
      }
      case ast::Kind::Return: {
        const ast::Expr* value = static_cast<const ast::Return*>(s)->value;
        out += "    next_ = r_.join({next_, " + range(value) + "});\n";
        accumulated(value, out);
        return calls(value);
      }
      case ast::Kind::If: {
        auto* i = static_cast<const ast::If*>(s);
        out += "    (void)(" + range(i->test) + ");\n";
        int then = statements(i->body, out);
        return calls(i->test) + std::max(then, statements(i->orelse, out));
      }
      case ast::Kind::Assign: {
        auto* a = static_cast<const ast::Assign*>(s);
        assign(static_cast<const ast::Name*>(a->targets[0]), range(a->value), out);
        return calls(a->value);
      }
      case ast::Kind::AugAssign: {
        auto* a = static_cast<const ast::AugAssign*>(s);
        auto* target = static_cast<const ast::Name*>(a->target);
        assign(target, operation(a->op, "r_" + mangle(target->id), range(a->value)), out);
        return calls(a->value);
      }
      case ast::Kind::Pass: return 0;
      default: unknown_ = true; return 0;
    }
  }

  void assign(const ast::Name* target, const std::string& value, std::string& out) {
    locals_.insert(std::string(target->id));  // parameters are never assigned here (their steps would be nullopt)
    out += "    r_" + mangle(target->id) + " = r_.join({r_" + mangle(target->id) + ", " + value + "});\n";
  }

  // The terms of a return the clone adds to its accumulator (its `ret`).
  void accumulated(const ast::Expr* value, std::string& out) {
    std::vector<const ast::Expr*> terms;
    sum_terms(value, terms);
    const ast::Expr* tail = nullptr;
    for (const ast::Expr* term : terms)
      if (term->kind == ast::Kind::Call) tail = term;
    if (!tail) return;
    terms_per_level_ = std::max<int64_t>(terms_per_level_, static_cast<int64_t>(terms.size()) - 1);
    for (const ast::Expr* term : terms)
      if (term != tail) out += "    terms_ = r_.join({terms_, " + range(term) + "});\n";
  }

  void sum_terms(const ast::Expr* e, std::vector<const ast::Expr*>& terms) const {
    auto* b = ast::as<ast::BinOp>(e);
    if (b && b->op == ast::Operator::Add && kind(e) == Kind::Int) {
      sum_terms(b->left, terms);
      sum_terms(b->right, terms);
    } else {
      terms.push_back(e);
    }
  }

  static int calls(const ast::Node* node) {
    int n = node->kind == ast::Kind::Call ? 1 : 0;
    ast::for_each_child(node, [&](const ast::Node* child) { n += calls(child); });
    return n;
  }

  static std::string operation(ast::Operator op, const std::string& left, const std::string& right) {
    const char* f = nullptr;
    switch (op) {
      case ast::Operator::Add: f = "add"; break;
      case ast::Operator::Sub: f = "sub"; break;
      case ast::Operator::Mult: f = "mul"; break;
      case ast::Operator::FloorDiv: f = "floordiv"; break;
      case ast::Operator::Mod: f = "mod"; break;
      case ast::Operator::LShift: f = "lshift"; break;
      case ast::Operator::RShift: f = "rshift"; break;
      default: f = "bits"; break;  // &, |, ^: the clone has no other operators
    }
    return std::string("r_.") + f + "(" + left + ", " + right + ")";
  }

  std::string list(const std::vector<const ast::Expr*>& operands) {
    std::string out = "{";
    for (const ast::Expr* e : operands) out += (out.size() > 1 ? ", " : "") + range(e);
    return out + "}";
  }

  // The range of a value the clone computes (it wrote each of these).
  std::string range(const ast::Expr* e) {
    // The clone abandons there: it computes nothing.
    if (kind(e) == Kind::Bottom) return "rt::speculation::Range{}";
    switch (e->kind) {
      case ast::Kind::Constant: {
        const ast::Value& value = static_cast<const ast::Constant*>(e)->value;
        if (value.kind == ast::Value::Kind::True) return "rt::speculation::Range::exactly(1)";
        if (value.kind == ast::Value::Kind::False) return "rt::speculation::Range::exactly(0)";
        return "rt::speculation::Range::exactly(INT64_C(" + std::string(value.text) + "))";
      }
      case ast::Kind::Name: return "r_" + mangle(static_cast<const ast::Name*>(e)->id);
      case ast::Kind::BinOp: {
        auto* b = static_cast<const ast::BinOp*>(e);
        return operation(b->op, range(b->left), range(b->right));
      }
      case ast::Kind::UnaryOp: {
        auto* u = static_cast<const ast::UnaryOp*>(e);
        std::string operand = range(u->operand);
        switch (u->op) {
          case ast::UnaryOperator::USub: return "r_.neg(" + operand + ")";
          case ast::UnaryOperator::UAdd: return operand;
          case ast::UnaryOperator::Invert: return "r_.invert(" + operand + ")";
          case ast::UnaryOperator::Not: return "r_.truth({" + operand + "})";
        }
        return operand;
      }
      case ast::Kind::Compare: {
        auto* c = static_cast<const ast::Compare*>(e);
        std::vector<const ast::Expr*> operands{c->left};
        for (const ast::Expr* comparator : c->comparators) operands.push_back(comparator);
        return "r_.truth(" + list(operands) + ")";
      }
      case ast::Kind::BoolOp: {
        auto* b = static_cast<const ast::BoolOp*>(e);
        return "r_.join(" + list(std::vector<const ast::Expr*>(b->values.begin(), b->values.end())) + ")";
      }
      case ast::Kind::IfExp: {
        auto* i = static_cast<const ast::IfExp*>(e);
        return "r_.when({" + range(i->test) + "}, r_.join(" + list({i->body, i->orelse}) + "))";
      }
      case ast::Kind::Call: {
        auto* c = static_cast<const ast::Call*>(e);
        return "r_.when(" + list(std::vector<const ast::Expr*>(c->args.begin(), c->args.end())) + ", calls_)";
      }
      default:  // the clone writes no other expression: no proof, should it ever
        unknown_ = true;
        return "rt::speculation::Range{}";
    }
  }

  const types::ProgramTypes& program_;
  types::SpecId spec_;
  const RecursionShape& shape_;
  std::set<std::string> locals_;
  bool unknown_ = false;
  int64_t terms_per_level_ = 0;
};

}  // namespace

std::string int_range_proof(const types::ProgramTypes& program, types::SpecId spec, const std::string& name,
                            const ast::FunctionDef* def, const RecursionShape& shape) {
  return RangeWriter(program, spec, shape).write(name, def);
}

}  // namespace ingot::codegen
