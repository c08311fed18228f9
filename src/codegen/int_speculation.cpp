// Speculative machine-integer clones of pure self-recursive int functions.
//
// A specialisation that passes its depth (depth_passing.cpp: it calls only
// itself and runs no other Python code) and whose parameters, locals and
// expressions are all int or bool gets three C++ functions:
//
//   fK_name_i64  the body on int64_t (a bool as 0 or 1, exact for every
//                operation allowed here since bool is an int): checked
//                arithmetic (runtime/speculation.h), no frames, no tags;
//   fK_name_g    the usual body on rt::Int, which calls itself;
//   fK_name      the entry every other call runs: when the int arguments
//                are small it tries fK_name_i64 and converts its result,
//                else, or when that attempt is abandoned, it runs fK_name_g.
//
// The clone abandons (rt::abandon_speculation) whatever it cannot finish
// exactly: a value outside int64_t, a division by zero, a shift Python
// refuses, an unbound local, the recursion limit, code the analysis saw
// never run. Since the body has no effects, the rt::Int run that follows
// computes the same value, or raises CPython's exception with its
// traceback; for the same reason the clone may evaluate operands in any
// order. The rt::Int body calls itself rather than the entry, so a failed
// attempt costs at most one extra run, never one per level.
//
// Accumulation: a `return` whose value is a sum with a self-call among its
// terms (`return f(n - 1) + f(n - 2)`, `return x + f(y)`) adds the other
// terms to an accumulator and loops with the call's arguments as the new
// parameters, one level deeper, instead of calling: Python's ints are
// unbounded, so any grouping of the sum is the same number, and each
// checked addition abandons if a partial sum leaves int64_t. That is the
// accumulator gcc itself introduces for the unchecked C++ twin of such a
// function, which overflow-checked additions keep it from doing: fib runs
// about three times faster than on rt::Int.
//
// Depth without checks: the clone is a template on whether it checks the
// recursion limit. When a parameter p is a measure of the recursion — the
// body starts with `if p < K:` (or `<=`) whose branch returns without
// calling, p is never assigned, and every self-call passes `p - c` with a
// constant c >= 1 — calls nest at most p - K + 1 levels below the entry,
// so an entry whose depth plus that stays within the limit runs the clone
// without the check: none of them could fail.
#include "ast/children.h"
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

namespace {

// Thrown while writing: the body has something the clone does not do.
struct NotSpeculable {};

class Int64Clone {
 public:
  Int64Clone(const types::ProgramTypes& program, const sema::SymbolTable& symbols, types::SpecId spec,
             std::string name)
      : program_(program), symbols_(symbols), spec_(spec), s_(program.spec(spec)), name_(std::move(name)) {}

  SpeculativeClone write(const ast::FunctionDef* def) {
    const types::FunctionInfo& info = program_.functions[s_.function];
    decreasing_.assign(info.params.size(), true);
    std::string params;
    std::set<std::string> bound;
    for (const types::Param& param : info.params) {
      if (param.kind != types::ParamKind::Positional && param.kind != types::ParamKind::PositionalOnly)
        throw NotSpeculable{};
      params += "int64_t v_" + mangle(param.name) + ", ";
      bound.insert(param.name);
    }
    for (const auto& [symbol_id, slot] : s_.variables) {
      const sema::Symbol& symbol = symbols_.symbol(symbol_id);
      if (!symbol.is_local() || symbol.is_cell()) throw NotSpeculable{};
      if (!symbol.is_parameter()) locals_.insert(symbol.name);
    }
    std::string body;
    for (const std::string& local : locals_) body += "    int64_t v_" + mangle(local) + " = 0; bool bv_" + mangle(local) + " = false;\n";
    bool falls_through = statements(def->body, bound, body, 2);
    std::string out = "template <bool kCheckDepth>\nstatic inline int64_t " + name_ + "_i64(" + params + "int64_t depth_) {\n";
    // acc_ stays 0 where no return accumulates: gcc folds it away.
    out += "  int64_t acc_ = 0;\n  for (;;) {\n    if constexpr (kCheckDepth) rt::speculation::check_depth(depth_);\n" + body;
    // Falling off the end returns None, which no int result is.
    if (falls_through) out += "    rt::abandon_speculation();\n";
    return {out + "  }\n}\n", unchecked_depth(def)};
  }

 private:
  // The entry's condition for the clone without depth checks (see above),
  // or "" when no parameter is a measure.
  std::string unchecked_depth(const ast::FunctionDef* def) const {
    auto* guard = def->body.empty() ? nullptr : ast::as<ast::If>(def->body[0]);
    auto* test = guard ? ast::as<ast::Compare>(guard->test) : nullptr;
    if (!test || test->ops.size() != 1 || guard->body.empty() || guard->body[guard->body.size() - 1]->kind != ast::Kind::Return)
      return "";
    auto* p = ast::as<ast::Name>(test->left);
    auto* k = ast::as<ast::Constant>(test->comparators[0]);
    if (!p || !k || k->value.kind != ast::Value::Kind::Int || k->value.text.size() > 18) return "";
    int64_t bound = std::stoll(std::string(k->value.text));  // calls need p >= bound
    if (test->ops[0] == ast::CmpOperator::LtE) bound += 1;
    else if (test->ops[0] != ast::CmpOperator::Lt) return "";
    for (const ast::Stmt* s : guard->body)
      if (calls(s)) return "";
    const types::FunctionInfo& info = program_.functions[s_.function];
    for (size_t i = 0; i < info.params.size(); ++i)
      if (info.params[i].name == p->id && decreasing_[i] && program_.table.kind(s_.args[i]) == Kind::Int)
        return "depth_ + std::max<int64_t>(v_" + mangle(p->id) + ".small() - INT64_C(" + std::to_string(bound - 1) +
               "), 0) <= rt::detail::recursion_limit";
    return "";
  }

  static bool calls(const ast::Node* node) {
    if (node->kind == ast::Kind::Call) return true;
    bool found = false;
    ast::for_each_child(node, [&](const ast::Node* child) { found = found || calls(child); });
    return found;
  }

  Kind kind(const ast::Expr* e) const { return program_.table.kind(program_.type_of(spec_, e)); }
  static bool number(Kind k) { return k == Kind::Int || k == Kind::Bool; }

  // Writes `body` at `indent`; whether control can reach its end. `bound`:
  // the locals bound on every path here, updated as the statements bind.
  bool statements(const ast::Seq<ast::Stmt*>& body, std::set<std::string>& bound, std::string& out, int indent) {
    for (const ast::Stmt* s : body)
      if (!statement(s, bound, out, indent)) return false;
    return true;
  }

  bool statement(const ast::Stmt* s, std::set<std::string>& bound, std::string& out, int indent) {
    std::string pad(2 * indent, ' ');
    switch (s->kind) {
      case ast::Kind::Pass: return true;
      case ast::Kind::ExprStmt:
        out += pad + "(void)(" + expression(static_cast<const ast::ExprStmt*>(s)->value, bound) + ");\n";
        return true;
      case ast::Kind::Return: {
        auto* r = static_cast<const ast::Return*>(s);
        if (!r->value || kind(r->value) != Kind::Int) throw NotSpeculable{};
        out += pad + ret(r->value, bound) + "\n";
        return false;
      }
      case ast::Kind::If: {
        auto* i = static_cast<const ast::If*>(s);
        std::set<std::string> then_bound = bound, else_bound = bound;
        out += pad + "if (" + truth(i->test, bound) + ") {\n";
        bool then_falls = statements(i->body, then_bound, out, indent + 1);
        bool else_falls = true;
        if (!i->orelse.empty()) {
          out += pad + "} else {\n";
          else_falls = statements(i->orelse, else_bound, out, indent + 1);
        }
        out += pad + "}\n";
        if (then_falls && else_falls) {
          bound.clear();
          for (const std::string& name : then_bound)
            if (else_bound.count(name)) bound.insert(name);
        } else {
          bound = then_falls ? then_bound : else_bound;
        }
        return then_falls || else_falls;
      }
      case ast::Kind::Assign: {
        auto* a = static_cast<const ast::Assign*>(s);
        if (a->targets.size() != 1 || a->targets[0]->kind != ast::Kind::Name) throw NotSpeculable{};
        out += pad + store(static_cast<const ast::Name*>(a->targets[0]), expression(a->value, bound), bound) + "\n";
        return true;
      }
      case ast::Kind::AugAssign: {
        auto* a = static_cast<const ast::AugAssign*>(s);
        if (a->target->kind != ast::Kind::Name) throw NotSpeculable{};
        auto* target = static_cast<const ast::Name*>(a->target);
        std::string value = operation(a->op, name(target, bound), expression(a->value, bound));
        out += pad + store(target, value, bound) + "\n";
        return true;
      }
      default: throw NotSpeculable{};
    }
  }

  // `return e`: a sum holding a self-call accumulates its other terms and
  // loops on the call's arguments; anything else returns.
  std::string ret(const ast::Expr* value, const std::set<std::string>& bound) {
    std::vector<const ast::Expr*> terms;
    sum_terms(value, terms);
    const ast::Call* tail = nullptr;
    for (const ast::Expr* term : terms)
      if (term->kind == ast::Kind::Call) tail = static_cast<const ast::Call*>(term);
    if (!tail) return "return rt::speculation::add(acc_, " + expression(value, bound) + ");";
    std::string out = "{ ";
    for (const ast::Expr* term : terms)
      if (term != tail) out += "acc_ = rt::speculation::add(acc_, " + expression(term, bound) + "); ";
    std::vector<std::string> arguments = call_arguments(tail, bound);
    const types::FunctionInfo& info = program_.functions[s_.function];
    for (size_t i = 0; i < arguments.size(); ++i) out += "int64_t a" + std::to_string(i) + "_ = " + arguments[i] + "; ";
    for (size_t i = 0; i < arguments.size(); ++i) out += "v_" + mangle(info.params[i].name) + " = a" + std::to_string(i) + "_; ";
    return out + "depth_ += 1; continue; }";
  }

  // The operands of a tree of int + (exact: any grouping is the same sum).
  void sum_terms(const ast::Expr* e, std::vector<const ast::Expr*>& terms) const {
    auto* b = ast::as<ast::BinOp>(e);
    if (b && b->op == ast::Operator::Add && kind(e) == Kind::Int) {
      sum_terms(b->left, terms);
      sum_terms(b->right, terms);
    } else {
      terms.push_back(e);
    }
  }

  std::string store(const ast::Name* target, const std::string& value, std::set<std::string>& bound) {
    const std::string& name = own(target).name;
    const types::FunctionInfo& info = program_.functions[s_.function];
    for (size_t i = 0; i < info.params.size(); ++i)
      if (info.params[i].name == name) decreasing_[i] = false;
    bound.insert(name);
    std::string local = "v_" + mangle(name);
    // Parameters are always bound: only locals have a flag.
    return local + " = " + value + ";" + (locals_.count(name) ? " b" + local + " = true;" : "");
  }

  // A parameter or local of the function.
  const sema::Symbol& own(const ast::Name* name) const {
    const sema::Symbol* found = symbols_.lookup(*s_.scope, name->id);
    if (!found || found->scope != s_.scope->id || !found->is_local() || found->is_cell()) throw NotSpeculable{};
    return *found;
  }

  std::string name(const ast::Name* n, const std::set<std::string>& bound) const {
    const sema::Symbol& symbol = own(n);
    std::string local = "v_" + mangle(symbol.name);
    if (bound.count(symbol.name)) return local;
    return "(b" + local + " ? " + local + " : (rt::abandon_speculation(), int64_t{0}))";
  }

  std::string truth(const ast::Expr* e, const std::set<std::string>& bound) {
    return "(" + expression(e, bound) + " != 0)";
  }

  std::string operation(ast::Operator op, const std::string& left, const std::string& right) const {
    auto call = [&](const char* f) { return std::string("rt::speculation::") + f + "(" + left + ", " + right + ")"; };
    switch (op) {
      case ast::Operator::Add: return call("add");
      case ast::Operator::Sub: return call("sub");
      case ast::Operator::Mult: return call("mul");
      case ast::Operator::FloorDiv: return call("floordiv");
      case ast::Operator::Mod: return call("mod");
      case ast::Operator::LShift: return call("lshift");
      case ast::Operator::RShift: return call("rshift");
      case ast::Operator::BitAnd: return "(" + left + " & " + right + ")";
      case ast::Operator::BitOr: return "(" + left + " | " + right + ")";
      case ast::Operator::BitXor: return "(" + left + " ^ " + right + ")";
      default: throw NotSpeculable{};  // / and ** give floats; @ is no int operation
    }
  }

  std::string expression(const ast::Expr* e, const std::set<std::string>& bound) {
    Kind k = kind(e);
    // The analysis saw it never give a value: the rt::Int run does what it does.
    if (k == Kind::Bottom) return "(rt::abandon_speculation(), int64_t{0})";
    if (!number(k)) throw NotSpeculable{};
    switch (e->kind) {
      case ast::Kind::Constant: {
        const ast::Value& value = static_cast<const ast::Constant*>(e)->value;
        if (value.kind == ast::Value::Kind::True) return "int64_t{1}";
        if (value.kind == ast::Value::Kind::False) return "int64_t{0}";
        if (value.kind != ast::Value::Kind::Int || value.text.size() > 18) throw NotSpeculable{};
        return "INT64_C(" + std::string(value.text) + ")";
      }
      case ast::Kind::Name: return name(static_cast<const ast::Name*>(e), bound);
      case ast::Kind::BinOp: {
        auto* b = static_cast<const ast::BinOp*>(e);
        return operation(b->op, expression(b->left, bound), expression(b->right, bound));
      }
      case ast::Kind::UnaryOp: {
        auto* u = static_cast<const ast::UnaryOp*>(e);
        std::string operand = expression(u->operand, bound);
        switch (u->op) {
          case ast::UnaryOperator::USub: return "rt::speculation::neg(" + operand + ")";
          case ast::UnaryOperator::UAdd: return operand;
          case ast::UnaryOperator::Invert: return "(~" + operand + ")";
          case ast::UnaryOperator::Not: return "int64_t{" + operand + " == 0}";
        }
        throw NotSpeculable{};
      }
      case ast::Kind::Compare: return compare(static_cast<const ast::Compare*>(e), bound);
      case ast::Kind::BoolOp: {
        // The value of the operand that decides, as Python's and/or.
        auto* b = static_cast<const ast::BoolOp*>(e);
        std::string out = expression(b->values[b->values.size() - 1], bound);
        for (size_t i = b->values.size() - 1; i-- > 0;) {
          std::string test = b->op == ast::BoolOperator::And ? "t_ == 0" : "t_ != 0";
          out = "({ int64_t t_ = " + expression(b->values[i], bound) + "; " + test + " ? t_ : " + out + "; })";
        }
        return out;
      }
      case ast::Kind::IfExp: {
        auto* i = static_cast<const ast::IfExp*>(e);
        return "(" + truth(i->test, bound) + " ? " + expression(i->body, bound) + " : " + expression(i->orelse, bound) + ")";
      }
      case ast::Kind::Call: {
        auto* c = static_cast<const ast::Call*>(e);
        std::string call = name_ + "_i64<kCheckDepth>(";
        for (const std::string& argument : call_arguments(c, bound)) call += argument + ", ";
        return call + "depth_ + 1)";
      }
      default: throw NotSpeculable{};
    }
  }

  // Each operand evaluated once. All of them are (Python stops at the first
  // false link): an operand the chain would skip can only abandon the run.
  std::string compare(const ast::Compare* c, const std::set<std::string>& bound) {
    static const char* const symbols[] = {"==", "!=", "<", "<=", ">", ">="};
    std::string out = "int64_t{({ int64_t l0_ = " + expression(c->left, bound) + "; ", links;
    for (size_t i = 0; i < c->ops.size(); ++i) {
      auto op = static_cast<size_t>(c->ops[i]);
      if (op >= 6) throw NotSpeculable{};  // is, in: no number comparisons
      std::string left = "l" + std::to_string(i) + "_", right = "l" + std::to_string(i + 1) + "_";
      out += "int64_t " + right + " = " + expression(c->comparators[i], bound) + "; ";
      links += (i ? " && " : "") + left + " " + symbols[op] + " " + right;
    }
    return out + links + "; })}";
  }

  // A self-call's arguments: positional, one per parameter, of the
  // parameter's own type (a bool passed for an int would stay a bool).
  std::vector<std::string> call_arguments(const ast::Call* c, const std::set<std::string>& bound) {
    const types::FunctionInfo& info = program_.functions[s_.function];
    if (c->args.size() != info.params.size() || !c->keywords.empty()) throw NotSpeculable{};
    std::vector<std::string> out;
    for (size_t i = 0; i < c->args.size(); ++i) {
      if (c->args[i]->kind == ast::Kind::Starred || program_.type_of(spec_, c->args[i]) != s_.args[i])
        throw NotSpeculable{};
      out.push_back(expression(c->args[i], bound));
      auto* minus = ast::as<ast::BinOp>(c->args[i]);
      auto* p = minus ? ast::as<ast::Name>(minus->left) : nullptr;
      auto* k = minus ? ast::as<ast::Constant>(minus->right) : nullptr;
      bool decreases = minus && minus->op == ast::Operator::Sub && p && p->id == info.params[i].name && k &&
                       k->value.kind == ast::Value::Kind::Int && k->value.text != "0";
      if (!decreases) decreasing_[i] = false;
    }
    return out;
  }

  const types::ProgramTypes& program_;
  const sema::SymbolTable& symbols_;
  types::SpecId spec_;
  const types::Spec& s_;
  std::string name_;
  std::set<std::string> locals_;
  std::vector<bool> decreasing_;  // per parameter: every self-call passes it minus a constant >= 1
};

}  // namespace

const SpeculativeClone* Emitter::int64_clone(types::SpecId spec) const {
  auto it = int64_clones_.find(spec);
  if (it != int64_clones_.end()) return it->second ? &*it->second : nullptr;
  std::optional<SpeculativeClone> clone;
  const types::Spec& s = program_.spec(spec);
  if (passes_depth(spec) && kind_of(s.result.type) == Kind::Int) {
    const types::FunctionInfo& info = program_.functions[s.function];
    bool numbers = true;
    for (size_t i = 0; i < info.params.size(); ++i) {
      Kind k = kind_of(param_type(spec, i));
      numbers = numbers && (k == Kind::Int || k == Kind::Bool) && param_type(spec, i) == s.args[i];
    }
    if (numbers && !needs_env(info)) {
      try {
        clone = Int64Clone(program_, *symbols_, spec, function_name(spec))
                    .write(static_cast<const ast::FunctionDef*>(info.node));
      } catch (const NotSpeculable&) {
      }
    }
  }
  auto& slot = int64_clones_[spec] = std::move(clone);
  return slot ? &*slot : nullptr;
}

void Emitter::speculative_entry(types::SpecId spec) {
  const types::FunctionInfo& info = program_.functions[program_.spec(spec).function];
  std::string small, arguments, generic_arguments;
  for (size_t i = 0; i < info.params.size(); ++i) {
    std::string param = "v_" + mangle(info.params[i].name);
    bool is_int = kind_of(param_type(spec, i)) == Kind::Int;
    if (is_int) small += (small.empty() ? "" : " && ") + param + ".is_small()";
    arguments += (is_int ? param + ".small()" : "int64_t{" + param + "}") + ", ";
    generic_arguments += param + ", ";
  }
  line("static " + signature(spec) + " {");
  line("  if (" + (small.empty() ? "true" : small) + ") {");
  line("    try {");
  const std::string& unchecked = int64_clone(spec)->unchecked;
  if (!unchecked.empty())
    line("      if (" + unchecked + ") return rt::Int(" + function_name(spec) + "_i64<false>(" + arguments + "depth_));");
  line("      return rt::Int(" + function_name(spec) + "_i64<true>(" + arguments + "depth_));");
  line("    } catch (const rt::SpeculationFailed&) {");
  line("    }");
  line("  }");
  line("  return " + function_name(spec) + "_g(" + generic_arguments + "depth_);");
  line("}");
  out_ += '\n';
}

}  // namespace ingot::codegen
