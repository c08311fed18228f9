// Builtin functions on numbers: pow, round, divmod, hash, min/max of
// numbers, hex/oct/bin, int(x, base), int()/float()/bool(), input().
// Each returns "" for argument types it does not handle, so that the
// general builtin code (calls.cpp) gets the call.
#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {

using types::Kind;

namespace {

bool is_integer(Kind kind) { return kind == Kind::Int || kind == Kind::Bool; }
bool is_number(Kind kind) { return is_integer(kind) || kind == Kind::Float; }

bool is_none(const ast::Expr* e) {
  auto* c = ast::as<ast::Constant>(e);
  return c && c->value.kind == ast::Value::Kind::None;
}

}  // namespace

std::string Emitter::number_builtin(const ast::Call* c, std::string_view name) {
  for (const ast::Expr* argument : c->args)
    if (argument->kind == ast::Kind::Starred) return "";
  auto kind = [&](const ast::Expr* e) { return kind_of(type_of(e)); };
  auto int_arg = [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kInt); };

  if (name == "pow") {
    auto bound = bind_arguments(c, {"base", "exp", "mod"}, 2);
    if (!bound[2] || is_none(bound[2])) {
      // binary_op evaluates base, then exp: only when written in that order.
      if (c->keywords.size() == 2 && c->keywords[0]->arg == "exp") return "";
      return binary_op(c, ast::Operator::Pow, type_of(bound[0]), expression(bound[0]), type_of(bound[1]),
                       expression(bound[1]), type_of(c));
    }
    if (std::any_of(bound.begin(), bound.begin() + 3, [&](const ast::Expr* e) { return is_value(type_of(e)); }) &&
        std::none_of(bound.begin(), bound.begin() + 3, [&](const ast::Expr* e) { return has_instances(type_of(e)); })) {
      // Known at run time only (number_builtins.h); a None mod is base ** exp.
      std::string code = with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) {
        return Operand{"rt::Value", boxed(expression(e), type_of(e), e)};
      }, position(c), "rt::pow(a0, a1, a2)");
      return convert(code, types::kDyn, type_of(c), c);
    }
    if (!is_integer(kind(bound[0])) || !is_integer(kind(bound[1])) || !is_integer(kind(bound[2]))) return "";
    return with_arguments(c, bound, {}, int_arg, position(c), "rt::pow(a0, a1, a2)");
  }

  if (name == "round") {
    auto bound = bind_arguments(c, {"number", "ndigits"}, 1);
    Kind x = kind(bound[0]);
    auto dynamic = [&](const ast::Expr* e) { return e && (kind(e) == Kind::Dyn || kind(e) == Kind::Union); };
    if (dynamic(bound[0]) || dynamic(bound[1])) {
      // Known at run time only: the runtime dispatches on the value.
      std::string body = bound[1] ? "rt::round(a0, a1)" : "rt::round(a0)";
      std::string code = with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) {
        return Operand{"rt::Value", boxed(expression(e), type_of(e), e)};
      }, position(c), body);
      return kind_of(type_of(c)) == Kind::Dyn ? code : convert(code, types::kDyn, type_of(c), c);
    }
    if (!is_number(x)) return "";
    std::string body;
    bool digits = bound[1] && !is_none(bound[1]);
    if (!digits) {
      body = x == Kind::Float ? "rt::round(a0)" : "a0";
    } else {
      if (!is_integer(kind(bound[1]))) return "";
      body = x == Kind::Float ? "rt::round(a0, rt::clamp_index(a1))" : "rt::round(a0, a1)";
    }
    std::string code = with_arguments(c, bound, {},
                                      [&](size_t i, const ast::Expr* e) {
                                        if (i == 1 && is_none(e)) return Operand{};
                                        return typed_operand(e, i == 0 && x == Kind::Float ? types::kFloat : types::kInt);
                                      },
                                      position(c), body);
    // The analysis may have typed the call more loosely than its argument
    // turned out (dyn, in a comprehension it ran before the argument's method).
    return convert(code, x == Kind::Float && digits ? types::kFloat : types::kInt, type_of(c), c);
  }

  if (name == "divmod") {
    if (c->args.size() != 2 || !c->keywords.empty()) return "";
    types::TypeId l = type_of(c->args[0]), r = type_of(c->args[1]);
    if (has_instances(l) || has_instances(r))  // dunders.cpp
      return instance_operator(c, {"__divmod__", "__rdivmod__", "", "divmod()"}, l, expression(c->args[0]), r,
                               expression(c->args[1]), type_of(c), "");
    Kind a = kind(c->args[0]), b = kind(c->args[1]);
    if (!is_number(a) || !is_number(b)) return "";
    bool floats = a == Kind::Float || b == Kind::Float;
    auto bound = bind_arguments(c, {"a", "b"}, 2, 2);
    types::TypeId operand = floats ? types::kFloat : types::kInt;
    return with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return typed_operand(e, operand); },
                          position(c),
                          floats ? "({ auto d = rt::float_divmod(a0, a1); rt::Tuple<double, double>{d.quotient, d.remainder}; })"
                                 : "({ auto d = rt::divmod(a0, a1); rt::Tuple<rt::Int, rt::Int>{d.quotient, d.remainder}; })");
  }

  if (name == "hash") {
    if (c->args.size() != 1 || !c->keywords.empty()) return "";
    const ast::Expr* x = c->args[0];
    Kind k = kind(x);
    bool typed = is_number(k) || k == Kind::Str || k == Kind::Tuple || k == Kind::TupleOf;
    std::string value = typed ? expression(x) : boxed(expression(x), type_of(x), x);
    return sequenced(position(c), {{"auto v", value}}, "rt::Int(rt::hash(v))");
  }

  if ((name == "min" || name == "max") && c->args.size() >= 2 && c->keywords.empty()) {
    // Of several numbers of one type: the first of the smallest (largest),
    // as CPython keeps the first candidate on ties.
    types::TypeId result = type_of(c);
    if (!is_number(kind_of(result))) return "";
    for (const ast::Expr* e : c->args)
      if (type_of(e) != result) return "";
    std::string cxx = cxx_type(result, c), out = "({ " + cxx + " m = " + expression(c->args[0]) + "; ";
    for (uint32_t i = 1; i < c->args.size(); ++i)
      out += "{ " + cxx + " x = " + expression(c->args[i]) + "; if (x " + (name == "min" ? "<" : ">") + " m) m = x; } ";
    return out + "m; })";
  }

  if (name == "hex" || name == "oct" || name == "bin") {
    if (c->args.size() != 1 || !c->keywords.empty()) return "";
    if (kind(c->args[0]) == Kind::Float || kind(c->args[0]) == Kind::Str) return not_an_integer(c);
    std::optional<std::string> instance =
        instance_index(c->args[0], [](const std::string& v) { return "rt::index_value(" + v + ")"; });
    if (!instance && !is_integer(kind(c->args[0]))) return "";
    std::string spec = name == "hex" ? "#x" : name == "oct" ? "#o" : "#b";
    return "rt::format(" + (instance ? *instance : convert(expression(c->args[0]), type_of(c->args[0]), types::kInt, c->args[0])) +
           ", rt::Str::from_ascii(\"" + spec + "\"))";
  }

  if (name == "int" && (c->args.size() + c->keywords.size() != 1)) {
    if (c->args.empty() && c->keywords.empty()) return "rt::Int(0)";
    auto bound = bind_arguments(c, {"x", "base"}, 1, 1);
    if (!bound[1]) return "";
    if (is_value(type_of(bound[1])) && is_value(type_of(bound[0])))  // int(x, base) called dynamically
      return with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kDyn); },
                            position(c), "rt::to_int(a0, rt::index_value(a1))");
    if (!is_integer(kind(bound[1]))) return "";
    if (kind(bound[0]) == Kind::Str)
      return with_arguments(c, bound, {},
                            [&](size_t i, const ast::Expr* e) { return typed_operand(e, i ? types::kInt : types::kStr); },
                            position(c), "rt::int_from_string(a0.view(), int(std::clamp<int64_t>(rt::clamp_index(a1), -1, 37)))");
    if (!is_value(type_of(bound[0]))) return "";
    return with_arguments(c, bound, {},
                          [&](size_t i, const ast::Expr* e) { return typed_operand(e, i ? types::kInt : types::kDyn); },
                          position(c), "rt::to_int(a0, a1)");
  }
  if (name == "float" && c->args.empty() && c->keywords.empty()) return "0.0";
  if (name == "bool" && c->keywords.empty()) {
    if (c->args.empty()) return "false";
    if (c->args.size() == 1) return truth(c->args[0]);
  }

  if (name == "input") {
    auto bound = bind_arguments(c, {"prompt"}, 0, 1);
    // Through what sys.stdin and sys.stdout hold, once the program assigns one (runtime/sys_streams.h).
    bool replaced = std_stream_replaced("stdin") || std_stream_replaced("stdout");
    std::string input = replaced ? "rt::input_from_sys_streams" : "rt::input";
    return with_arguments(c, bound, {},
                          [&](size_t, const ast::Expr* e) { return Operand{"rt::Str", str_of(expression(e), type_of(e), e)}; },
                          position(c), input + (bound[0] ? "(a0)" : "()"));
  }
  return "";
}

// TypeError "'float' object cannot be interpreted as an integer" for the
// first argument (hex(1.5), chr('a')), after evaluating the arguments.
std::string Emitter::not_an_integer(const ast::Call* c) {
  static const char* const kNames[] = {"float", "str"};
  std::string name = kNames[kind_of(type_of(c->args[0])) == Kind::Str];
  return rejected_argument(c, "rt::math::raise_not_integer(\"" + name + "\")");
}

// Methods of ints, bools and floats (bool's are int's, on its int value).
std::string Emitter::number_method(const ast::Call* c, const ast::Attribute* method) {
  types::TypeId type = type_of(method->value);
  bool floats = kind_of(type) == Kind::Float;
  std::string_view name = method->attr;
  types::TypeId as = floats ? types::kFloat : types::kInt;
  std::vector<std::pair<std::string, std::string>> self{{cxx_type(as, c) + " self", convert(expression(method->value), type, as, c)}};
  // The analysis may not know the method (its result is then dyn).
  auto no_arguments = [&](const std::string& body, types::TypeId result) {
    bind_arguments(c, {}, 0);
    std::string code = sequenced(position(c), self, body);
    if (result == types::kBottom)  // a tuple
      return kind_of(type_of(c)) == Kind::Dyn ? "rt::box(" + code + ")" : code;
    return call_result(c, code, result);
  };
  if (name == "conjugate") return no_arguments("self", as);
  // x.__mul__(y), int.__mul__(x, y): x * y where the method takes y.
  if (std::optional<ast::Operator> op = types::number_dunder(name)) {
    auto bound = bind_arguments(c, {"other"}, 1, 1);
    types::TypeId other = type_of(bound[0]), result = type_of(c);
    if (!types::number_dunder_takes(kind_of(as), kind_of(other)))
      unsupported(c, std::string(name) + " of a '" + program_.table.format(other) + "' (NotImplemented)");
    if (kind_of(result) != Kind::Int && kind_of(result) != Kind::Float) unsupported(c, std::string(name) + " with this result");
    return call_result(c, with_arguments(c, bound, self, [&](size_t, const ast::Expr* e) { return typed_operand(e, other); }, -1,
                                         binary_op(c, *op, as, "self", other, "a0", result)),
                       result);
  }
  // int.__repr__(x), json's (other dunders: builtin_dunders.cpp).
  if (name == "__repr__") return no_arguments("rt::repr(self)", types::kStr);
  if (name == "as_integer_ratio")
    return no_arguments(floats ? "rt::as_integer_ratio(self)" : "rt::Tuple<rt::Int, rt::Int>{self, rt::Int(1)}", types::kBottom);
  if (floats && name == "is_integer") return no_arguments("rt::float_is_integer(self)", types::kBool);
  if (floats && name == "hex") return no_arguments("rt::float_hex(self)", types::kStr);
  if (!floats && name == "bit_length") return no_arguments("rt::Int(self.bit_length())", types::kInt);
  if (!floats && name == "bit_count") return no_arguments("rt::bit_count(self)", types::kInt);
  if (!floats && name == "to_bytes") {
    auto bound = bind_arguments(c, {"length", "byteorder", "signed"}, 0);
    auto operand = [&](size_t i, const ast::Expr* e) -> Operand {
      if (i == 2) return {"bool", truth(e)};
      return i ? typed_operand(e, types::kStr) : ssize_operand(e);
    };
    return call_result(c, with_arguments(c, bound, self, operand, position(c),
                                         std::string("rt::int_to_bytes(self, ") + (bound[0] ? "a0" : "1") + ", " +
                                             (bound[1] ? "a1" : "rt::Str::from_ascii(\"big\")") + ", " + (bound[2] ? "a2" : "false") + ")"),
                       types::kBytes);
  }
  return "";
}

// int.from_bytes(bytes, byteorder='big', *, signed=False).
std::string Emitter::int_from_bytes(const ast::Call* c) {
  auto bound = bind_arguments(c, {"bytes", "byteorder", "signed"}, 1);
  // Anything else converts as CPython's PyObject_Bytes does (bytearray.h).
  bool plain = kind_of(type_of(bound[0])) == Kind::Bytes;
  auto operand = [&](size_t i, const ast::Expr* e) -> Operand {
    if (i == 2) return {"bool", truth(e)};
    return typed_operand(e, i ? types::kStr : plain ? types::kBytes : types::kDyn);
  };
  return call_result(c, with_arguments(c, bound, {}, operand, position(c),
                                       std::string("rt::int_from_bytes(") + (plain ? "a0" : "rt::object_bytes(a0)") + ", " + (bound[1] ? "a1" : "rt::Str::from_ascii(\"big\")") +
                                           ", " + (bound[2] ? "a2" : "false") + ")"),
                     types::kInt);
}

// x.real, x.imag, x.numerator, x.denominator of a number (dyn to the
// analysis: the value is converted to the type it gave).
std::string Emitter::number_attribute(const ast::Attribute* a) {
  types::TypeId type = type_of(a->value);
  Kind kind = kind_of(type);
  if (!is_number(kind)) return "";
  bool floats = kind == Kind::Float;
  types::TypeId as = floats ? types::kFloat : types::kInt;
  std::string value = convert(expression(a->value), type, as, a);
  std::string zero = floats ? "0.0" : "rt::Int(0)";
  std::string result;
  if (a->attr == "real" || (!floats && a->attr == "numerator")) result = value;
  else if (a->attr == "imag") result = "((void)" + value + ", " + zero + ")";
  else if (!floats && a->attr == "denominator") result = "((void)" + value + ", rt::Int(1))";
  else return "";
  types::TypeId to = type_of(a);
  if (to == as) return result;
  return kind_of(to) == Kind::Dyn ? boxed(result, as, a) : convert(result, as, to, a);
}

}  // namespace ingot::codegen
