// complex (runtime/complex.h): arithmetic with ints and floats, == and the
// ordering TypeErrors, complex(), abs()/round()/pow(z, w, m),
// int()/float() refusals, .real, .imag and .conjugate(). Each returns ""
// for operands that are not theirs. A float power that may be complex is
// typed `float | complex` and runs dynamically (dynamic.cpp: rt::binary
// gives either).
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

namespace {

bool is_real(Kind k) { return k == Kind::Bool || k == Kind::Int || k == Kind::Float; }
bool is_number(Kind k) { return is_real(k) || k == Kind::Complex; }

// The class name a TypeError quotes for an operand.
std::string number_class(Kind k) {
  return k == Kind::Complex ? "\"complex\"" : k == Kind::Float ? "\"float\"" : k == Kind::Bool ? "\"bool\"" : "\"int\"";
}

}  // namespace

std::string Emitter::complex_binary(const ast::Node* where, ast::Operator op, types::TypeId left_type,
                                    const std::string& left, types::TypeId right_type, const std::string& right,
                                    types::TypeId result) {
  Kind l = kind_of(left_type), r = kind_of(right_type);
  if (kind_of(result) != Kind::Complex || (l != Kind::Complex && r != Kind::Complex)) return "";
  if (!is_number(l) || !is_number(r)) return "";
  // Both operands as complex (CPython 3.11 converts the real one first);
  // converting a huge int raises, after both are evaluated.
  std::vector<std::pair<std::string, std::string>> operands{{"auto x_", left}, {"auto y_", right}};
  auto part = [&](const char* name, types::TypeId type) {
    return kind_of(type) == Kind::Complex ? std::string(name) : "rt::to_complex(" + std::string(name) + ")";
  };
  std::string a = part("x_", left_type), b = part("y_", right_type);
  switch (op) {
    case ast::Operator::Add: return sequenced(binary_position(where), operands, a + " + " + b);
    case ast::Operator::Sub: return sequenced(binary_position(where), operands, a + " - " + b);
    case ast::Operator::Mult: return sequenced(binary_position(where), operands, a + " * " + b);
    case ast::Operator::Div: return sequenced(binary_position(where), operands, "rt::complex_truediv(" + a + ", " + b + ")");
    case ast::Operator::Pow: return sequenced(binary_position(where), operands, "rt::complex_pow(" + a + ", " + b + ")");
    default: return "";
  }
}

std::string Emitter::complex_unary(const ast::UnaryOp* u) {
  types::TypeId type = type_of(u->operand);
  if (kind_of(type) != Kind::Complex || kind_of(type_of(u)) != Kind::Complex) return "";
  std::string value = expression(u->operand);
  return u->op == ast::UnaryOperator::USub ? "(-" + value + ")" : "(+" + value + ")";
}

std::string Emitter::complex_compare(const ast::Node* where, ast::CmpOperator op, types::TypeId left_type,
                                     const std::string& left, types::TypeId right_type, const std::string& right) {
  Kind l = kind_of(left_type), r = kind_of(right_type);
  if (l != Kind::Complex && r != Kind::Complex) return "";
  if (!is_number(l) || !is_number(r)) return "";
  std::vector<std::pair<std::string, std::string>> operands{{"auto x_", left}, {"auto y_", right}};
  if (op == ast::CmpOperator::Eq || op == ast::CmpOperator::NotEq) {
    // equal(complex, T): the complex first; a bool compares as its int.
    auto side = [&](const char* name, Kind k) {
      return k == Kind::Bool ? "rt::as_int(" + std::string(name) + ")" : std::string(name);
    };
    std::string test = l == Kind::Complex ? "rt::equal(x_, " + side("y_", r) + ")" : "rt::equal(y_, " + side("x_", l) + ")";
    return sequenced(-1, operands, op == ast::CmpOperator::NotEq ? "!" + test : test);
  }
  static const char* const kSymbols[] = {"==", "!=", "<", "<=", ">", ">="};
  return sequenced(position(where), operands,
                   std::string("rt::raise_complex_order(\"") + kSymbols[int(op)] + "\", " + number_class(l) + ", " +
                       number_class(r) + "), false");
}

std::string Emitter::complex_builtin(const ast::Call* c, std::string_view name) {
  for (const ast::Expr* argument : c->args)
    if (argument->kind == ast::Kind::Starred) return "";
  auto kind = [&](const ast::Expr* e) { return kind_of(type_of(e)); };
  if (name == "complex") {
    auto bound = bind_arguments(c, {"real", "imag"}, 0);
    if (!bound[0] && !bound[1]) return "rt::Complex{}";
    bool reals = bound[0] && is_real(kind(bound[0])) && (!bound[1] || is_real(kind(bound[1])));
    if (reals) {
      std::string imag = bound[1] ? "a1" : "0.0";
      return with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kFloat); },
                            position(c), "rt::Complex{a0, " + imag + "}");
    }
    // Strings, complex parts, and what CPython rejects: the runtime decides.
    std::string body = "rt::complex_new(" + std::string(bound[0] ? "a0" : "rt::Value(rt::Int(0))") + ", " +
                       (bound[1] ? "a1, true" : "rt::Value(), false") + ")";
    return with_arguments(c, bound, {},
                          [&](size_t, const ast::Expr* e) { return Operand{"rt::Value", boxed(expression(e), type_of(e), e)}; },
                          position(c), body);
  }
  if (name == "pow" && c->args.size() == 3 && c->keywords.empty() &&
      (kind(c->args[0]) == Kind::Complex || kind(c->args[1]) == Kind::Complex))
    return rejected_argument(c, "rt::raise_complex_modulo()");
  if (c->args.size() != 1 || !c->keywords.empty() || kind(c->args[0]) != Kind::Complex) return "";
  std::string value = expression(c->args[0]);
  if (name == "abs") return sequenced(position(c), {{"rt::Complex z_", value}}, "rt::abs(z_)");
  // round(z): complex has no __round__; the dynamic round says so.
  if (name == "round") return call_result(c, sequenced(position(c), {{"rt::Value z_", "rt::box(" + value + ")"}}, "rt::round(z_)"), types::kDyn);
  // int(z), float(z): CPython's TypeErrors, from the dynamic conversions.
  if (name == "int") return sequenced(position(c), {{"rt::Value z_", "rt::box(" + value + ")"}}, "rt::to_int(z_)");
  if (name == "float") return sequenced(position(c), {{"rt::Value z_", "rt::box(" + value + ")"}}, "rt::to_float(z_)");
  return "";
}

std::string Emitter::complex_method(const ast::Call* c, const ast::Attribute* method) {
  if (method->attr != "conjugate") return "";
  bind_arguments(c, {}, 0);
  std::string code = sequenced(-1, {{"rt::Complex z_", expression(method->value)}}, "rt::Complex{z_.real, -z_.imag}");
  return call_result(c, code, types::kComplex);
}

std::string Emitter::complex_attribute(const ast::Attribute* a) {
  if (a->attr != "real" && a->attr != "imag") return "";
  std::string code = "(" + expression(a->value) + ")." + std::string(a->attr);
  types::TypeId to = type_of(a);
  return kind_of(to) == Kind::Dyn ? boxed(code, types::kFloat, a) : convert(code, types::kFloat, to, a);
}

}  // namespace ingot::codegen
