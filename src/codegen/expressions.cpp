// Expressions: literals, names, operators with Python's semantics (through
// the runtime where C++'s differ: //, %, /, ** and int/float comparisons).
//
// Operations that can raise are statement expressions (a GNU extension g++
// and clang share) `({ T a = A; T b = B; pos_ = K; op(a, b); })`: the
// operands are computed first, left to right as in Python (C++ leaves the
// order of function arguments open), then `pos_` is set, so a traceback
// names the operation that raised, not the last call made while computing
// an operand. Plain operators whose right operand has effects are
// sequenced the same way. Lambdas or std::tuple cost 30% on fib.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

using types::Kind;

bool numeric(Kind kind) { return kind == Kind::Bool || kind == Kind::Int || kind == Kind::Float; }

const char* operator_function(ast::Operator op, bool on_floats) {
  switch (op) {
    case ast::Operator::Div: return on_floats ? "rt::float_truediv" : "rt::true_divide";
    case ast::Operator::FloorDiv: return on_floats ? "rt::float_floordiv" : "rt::floordiv";
    case ast::Operator::Mod: return on_floats ? "rt::float_mod" : "rt::mod";
    default: return nullptr;
  }
}

std::string float_literal(double x) {
  if (std::isinf(x)) return "HUGE_VAL";
  char text[40];
  std::snprintf(text, sizeof text, "%.17g", x);
  return std::string("double(") + text + ")";
}

const char* operator_symbol(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add: return "+";
    case ast::Operator::Sub: return "-";
    case ast::Operator::Mult: return "*";
    case ast::Operator::BitAnd: return "&";
    case ast::Operator::BitOr: return "|";
    case ast::Operator::BitXor: return "^";
    case ast::Operator::LShift: return "<<";
    case ast::Operator::RShift: return ">>";
    default: return nullptr;
  }
}

// Where CPython's traceback switches from '~' to '^' under a one-line
// binary operation: the operator, found after the left operand (skipping
// spaces and closing parentheses) as extract_anchors_from_expr does.
std::pair<int, int> operator_anchor(const ast::BinOp* b, std::string_view line) {
  if (b->loc.lineno != b->loc.end_lineno || b->left->loc.end_lineno != b->loc.lineno) return {-1, -1};
  size_t i = size_t(b->left->loc.end_col_offset);
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == ')' || line[i] == '\\')) ++i;
  if (i >= line.size()) return {-1, -1};
  size_t end = i + 1;
  // Two-character operators: **, //, <<, >>.
  if (end < line.size() && line[end] == line[i] && std::string_view("*/<>").find(line[i]) != std::string_view::npos)
    ++end;
  return {int(i), int(end)};
}

}  // namespace

std::string Emitter::sequenced(int position, const std::vector<std::pair<std::string, std::string>>& operands,
                               const std::string& result) const {
  std::string out = "({ ";
  for (const auto& [declaration, value] : operands) out += declaration + " = " + value + "; ";
  if (position >= 0) out += "pos_ = " + std::to_string(position) + "; ";
  return out + result + "; })";
}

std::string Emitter::operation(const std::string& left, const char* symbol, const std::string& right) const {
  // Every call and every operation that can raise sets pos_, and a lambda
  // may hold a loop with either: then the left operand goes first (a call
  // on the left may also change a variable the right reads).
  auto effects = [](const std::string& operand) {
    return operand.find("pos_ = ") != std::string::npos || operand.find("[&]") != std::string::npos;
  };
  if (!effects(left) && !effects(right)) return "(" + left + " " + symbol + " " + right + ")";
  return sequenced(-1, {{"auto l", left}, {"auto r", right}}, std::string("l ") + symbol + " r");
}

int Emitter::position(const ast::Node* e, int anchor_begin, int anchor_end) {
  // CPython 3.11 anchors a one-line subscript at `[...]` (`~~~~^^^`),
  // whatever fails there: the lookup, a store, a del, a __getitem__.
  if (auto* s = ast::as<ast::Subscript>(e); s && anchor_begin < 0 && s->loc.lineno == s->loc.end_lineno &&
                                              s->value->loc.end_lineno == s->loc.lineno) {
    anchor_begin = s->value->loc.end_col_offset;
    anchor_end = s->loc.end_col_offset;
  }
  current_->positions.push_back(Position{e->loc.lineno, e->loc.end_lineno, e->loc.col_offset,
                                                   e->loc.end_col_offset, anchor_begin, anchor_end});
  return int(current_->positions.size() - 1);
}

std::string Emitter::expression(const ast::Expr* e) {
  if (auto it = narrowed_.find(e); it != narrowed_.end()) return it->second.value;  // dynamic.cpp
  if (kind_of(type_of(e)) == Kind::Bottom && !raises_dynamically(e)) {
    // obj.missing: the lookup raises AttributeError (attributes.cpp).
    if (std::string r = attribute_raising(e); !r.empty()) return "({ " + r + "; rt::Value(); })";
    // heap.pop() of a list that is only ever empty: the method raises (containers.cpp).
    if (auto r = container_raising(e)) return "({ (void)" + *r + "; rt::unreachable<rt::Value>(); })";
    if (std::string r = unreached(e); !r.empty()) return r;  // unreached.cpp
    if (std::string r = raising_operation(e); !r.empty()) return r;  // exceptions.cpp
    unsupported(e, "code that always raises or never runs");
  }
  switch (e->kind) {
    case ast::Kind::Constant: return constant(static_cast<const ast::Constant*>(e));
    case ast::Kind::Name:
      if (is_not_implemented(type_of(e))) return "rt::not_implemented()";  // dunders.cpp
      if (std::string b = builtin_reference(e); !b.empty()) return b;  // builtin_values.cpp
      if (is_builtin_ellipsis(static_cast<const ast::Name*>(e))) return "rt::ellipsis()";
      return narrowed_read(static_cast<const ast::Name*>(e));
    case ast::Kind::BinOp: return binary(static_cast<const ast::BinOp*>(e));
    case ast::Kind::UnaryOp: return unary(static_cast<const ast::UnaryOp*>(e));
    case ast::Kind::Compare: return compare(static_cast<const ast::Compare*>(e));
    case ast::Kind::BoolOp: return bool_op(static_cast<const ast::BoolOp*>(e));
    case ast::Kind::IfExp: return if_expression(static_cast<const ast::IfExp*>(e));
    case ast::Kind::Call:
      // A None-typed call may be a C++ void one (lst.append(x)): its value is made here.
      if (kind_of(type_of(e)) == Kind::None) return "((void)(" + call(static_cast<const ast::Call*>(e)) + "), rt::Value::none())";
      return call(static_cast<const ast::Call*>(e));
    case ast::Kind::Lambda: return make_function(e);  // function_values.cpp
    case ast::Kind::NamedExpr: return named_expression(static_cast<const ast::NamedExpr*>(e));  // statements.cpp
    case ast::Kind::Attribute: return attribute(static_cast<const ast::Attribute*>(e));
    case ast::Kind::Subscript: return subscript(static_cast<const ast::Subscript*>(e));  // containers.cpp
    case ast::Kind::Slice: return slice_object(static_cast<const ast::Slice*>(e));  // dunders.cpp
    case ast::Kind::List:
    case ast::Kind::Tuple:
    case ast::Kind::Set:
    case ast::Kind::Dict: return display(e);  // containers.cpp
    case ast::Kind::ListComp:
    case ast::Kind::SetComp:
    case ast::Kind::DictComp: return comprehension(e);  // comprehensions.cpp
    case ast::Kind::Yield: return yield_expression(static_cast<const ast::Yield*>(e));
    case ast::Kind::Await: return await_expression(static_cast<const ast::Await*>(e));  // coroutines.cpp
    case ast::Kind::YieldFrom: return yield_from(static_cast<const ast::YieldFrom*>(e));
    case ast::Kind::GeneratorExp: return generator_expression(static_cast<const ast::GeneratorExp*>(e));
    case ast::Kind::JoinedStr: return joined_str(static_cast<const ast::JoinedStr*>(e));  // strings.cpp
    case ast::Kind::FormattedValue: return formatted_value(static_cast<const ast::FormattedValue*>(e));
    default: unsupported(e, construct_name(e->kind));
  }
}

std::string Emitter::constant(const ast::Constant* c) {
  const ast::Value& value = c->value;
  switch (value.kind) {
    case ast::Value::Kind::True: return "true";
    case ast::Value::Kind::False: return "false";
    case ast::Value::Kind::Int: {
      std::string digits(value.text);
      if (digits.size() <= 18) return "rt::Int(INT64_C(" + digits + "))";
      // Made once: a literal in a loop must not re-parse its digits.
      return "([]() -> rt::Int { static const rt::Int v = rt::int_from_string(" + quoted(digits) +
             "); return v; }())";
    }
    case ast::Value::Kind::Float: return float_literal(value.number);
    case ast::Value::Kind::Complex: return "rt::Complex{0.0, " + float_literal(value.number) + "}";  // 2j
    case ast::Value::Kind::Str: return str_constant(value.text);
    case ast::Value::Kind::Bytes:  // made once, as str constants
      return "([]() -> rt::Bytes { static const rt::Bytes v = rt::Bytes::from(std::string_view(" + quoted(value.text) + ", " +
             std::to_string(value.text.size()) + ")); return v; }())";
    case ast::Value::Kind::None: return "rt::Value::none()";
    case ast::Value::Kind::Ellipsis: return "rt::ellipsis()";  // dyn to the analysis
    default: unsupported(c, "this constant");
  }
}

// `Ellipsis` where no variable of the program has that name: the builtin
// (the analysis types it dyn, as the constant `...`).
bool Emitter::is_builtin_ellipsis(const ast::Name* name) const {
  if (name->id != "Ellipsis" || kind_of(type_of(name)) != Kind::Dyn) return false;
  const sema::Symbol& found = symbol(name);
  if (found.resolution != sema::Resolution::GlobalImplicit && found.scope != sema::kModuleScope) return false;
  const sema::Symbol* global = symbols_->lookup(symbols_->module(), "Ellipsis");
  return !global || !(global->flags & sema::kDefBound);
}

// Between representations: Values box and unbox (checked), bool widens
// to int and float, int to float, containers convert item by item.
std::string Emitter::convert(const std::string& value, types::TypeId from, types::TypeId to,
                             const ast::Node* where) {
  if (from == to) return value;
  // An expression that never has a value (it raises: `node.next` on None)
  // converts to anything.
  if (kind_of(from) == Kind::Bottom) return "((void)(" + value + "), rt::unreachable<" + cxx_type(to, where) + ">())";
  if (optional_instance(from) != types::kBottom || optional_instance(to) != types::kBottom)
    return convert_optional(value, from, to, where);  // optional_instances.cpp
  if (std::string r = convert_to_recursive(value, from, to, where); !r.empty()) return r;  // recursive_tuples.cpp
  if (is_value(to)) return box_value(value, from);
  // Where no value goes (the items of `*rest` unpacking nothing): a Value.
  if (kind_of(to) == Kind::Bottom) return convert(value, from, types::kDyn, where);
  if (is_value(from)) return unbox_value(value, to, where);
  Kind f = kind_of(from), t = kind_of(to);
  if (from != to && (f == t || (f == Kind::Tuple && t == Kind::TupleOf)) && is_container(from))
    return convert_container(value, from, to, where);  // containers.cpp
  // A generator is one object whatever holds it: its items cannot be
  // converted on the way without a second object. Where its items change
  // type (generators of different item types in one variable: Values, or
  // tuples of the items' joined types), that second object is
  // runtime/generator.h's adapter, which unboxes each item and passes
  // send/throw/close on as `yield from` does.
  if (f == Kind::Generator && t == Kind::Generator) return "rt::unbox<" + cxx_type(to, where) + ">(rt::box(" + value + "))";
  if (f == Kind::Instance && t == Kind::Instance) return instance_upcast(value, program_.table.get(from).a, to);  // classes.cpp
  if (f == t) return value;
  if (f == Kind::Bool && t == Kind::Int) return "rt::as_int(" + value + ")";
  if (f == Kind::Bool && t == Kind::Float) return "double(" + value + ")";
  if (f == Kind::Int && t == Kind::Float) return sequenced(position(where), {{"rt::Int i", value}}, "rt::to_double(i)");
  if (numeric(f) && t == Kind::Complex) return sequenced(position(where), {{"auto x", value}}, "rt::to_complex(x)");
  if (t == Kind::Exception) return to_exception(value, from, where);  // exceptions.cpp
  if (f == Kind::ByteArray && t == Kind::Bytes) return "(" + value + ").bytes()";  // a bytes-like argument
  unsupported(where, "a '" + program_.table.format(from) + "' used as '" + program_.table.format(to) + "'");
}

std::string Emitter::binary(const ast::BinOp* b) {
  if (std::string s = str_sum(b); !s.empty()) return s;  // strings.cpp
  auto* arguments = ast::as<ast::Tuple>(b->right);
  Kind left = kind_of(type_of(b->left));
  std::string right = arguments && b->op == ast::Operator::Mod && (left == Kind::Str || types::is_bytes_like(left))
                          ? tuple(arguments)
                          : expression(b->right);
  return binary_op(b, b->op, type_of(b->left), expression(b->left), type_of(b->right), right, type_of(b));
}

int Emitter::binary_position(const ast::Node* where) {
  auto* b = ast::as<ast::BinOp>(where);
  auto [anchor_begin, anchor_end] = b ? operator_anchor(b, source_->line(b->loc.lineno)) : std::pair{-1, -1};
  return position(where, anchor_begin, anchor_end);
}

std::string Emitter::binary_op(const ast::Node* where, ast::Operator op, types::TypeId left_type,
                               std::string left, types::TypeId right_type, std::string right,
                               types::TypeId result) {
  // An operand that never has a value (a method of a type isinstance ruled
  // out): the operation never runs.
  if (kind_of(left_type) == Kind::Bottom || kind_of(right_type) == Kind::Bottom)
    return "({ (void)(" + left + "); (void)(" + right + "); rt::unreachable<" + cxx_type(result, where) + ">(); })";
  if (std::string i = instance_binary(where, op, left_type, left, right_type, right, result); !i.empty()) return i;  // dunders.cpp
  if (std::string d = dynamic_binary(where, op, left_type, left, right_type, right, result); !d.empty()) return d;
  if (std::string s = str_operation(where, op, left_type, left, right_type, right); !s.empty()) return s;  // strings.cpp
  if (auto c = container_binary(where, op, left_type, left, right_type, right, result)) return *c;  // containers.cpp
  if (std::string z = complex_binary(where, op, left_type, left, right_type, right, result); !z.empty()) return z;  // complex.cpp
  Kind l = kind_of(left_type), r = kind_of(right_type), out = kind_of(result);
  if (l == Kind::Str && r == Kind::Str && op == ast::Operator::Add) return operation(left, "+", right);
  if (!numeric(l) || !numeric(r) || !numeric(out)) unsupported(where, "this operator on these types");
  const char* symbol = operator_symbol(op);
  if (out == Kind::Bool) return "bool" + operation(left, symbol, right);  // &, |, ^ of bools
  // Operands in one representation: double if either is a float, else Int
  // (bool is an int); int / int and int ** -int still give floats.
  bool on_floats = l == Kind::Float || r == Kind::Float;
  auto operand = [&](const std::string& v, types::TypeId type) {
    if (on_floats) return convert(v, type, result, where);
    return kind_of(type) == Kind::Bool ? "rt::as_int(" + v + ")" : v;
  };
  left = operand(left, left_type);
  right = operand(right, right_type);
  std::string operand_cxx = on_floats ? "double" : "rt::Int";
  auto raising = [&](const std::string& body) {
    return sequenced(binary_position(where), {{operand_cxx + " a", left}, {operand_cxx + " b", right}}, body);
  };
  if (op == ast::Operator::Pow) {
    if (on_floats) return raising("rt::float_pow(a, b)");
    return raising(out == Kind::Int ? "rt::pow(a, b)" : "rt::pow_to_float(a, b)");
  }
  if (const char* function = operator_function(op, on_floats)) return raising(std::string(function) + "(a, b)");
  bool arithmetic = op == ast::Operator::Add || op == ast::Operator::Sub || op == ast::Operator::Mult;
  if (!symbol || (on_floats && !arithmetic)) unsupported(where, "this operator on these types");
  // A negative shift count raises ValueError.
  if (op == ast::Operator::LShift || op == ast::Operator::RShift) return raising(std::string("a ") + symbol + " b");
  return operation(left, symbol, right);
}

std::string Emitter::attribute(const ast::Attribute* a) {
  if (std::string b = builtin_reference(a); !b.empty()) return b;  // builtin_values.cpp: math.sin
  if (std::string m = module_attribute(a); !m.empty()) return m;  // modules.cpp
  if (std::string e = exception_attribute(a); !e.empty()) return e;  // exceptions.cpp
  if (std::string c = class_attribute(a); !c.empty()) return c;  // attributes.cpp
  if (std::string f = function_attribute(a); !f.empty()) return f;  // function_values.cpp
  if (std::string f = file_attribute(a); !f.empty()) return f;  // files.cpp
  if (std::string d = dynamic_attribute(a); !d.empty()) return d;
  if (auto c = container_attribute(a)) return *c;  // containers.cpp
  if (std::string b = boxed_attribute(a); !b.empty()) return b;  // attributes.cpp
  unsupported(a, "this attribute");
}

std::string Emitter::tuple(const ast::Tuple* t) {
  // Only as the arguments of str % (...): boxed, as the runtime takes them.
  std::string types, values;
  for (const ast::Expr* element : t->elts) {
    if (element->kind == ast::Kind::Starred) unsupported(element, "a *value");
    types += (types.empty() ? "" : ", ") + cxx_type(type_of(element), element);
    values += (values.empty() ? "" : ", ") + expression(element);
  }
  return "rt::box(rt::Tuple<" + types + ">{" + values + "})";
}

std::string Emitter::unary(const ast::UnaryOp* u) {
  if (std::string i = instance_unary(u); !i.empty()) return i;  // dunders.cpp
  if (std::string d = dynamic_unary(u); !d.empty()) return d;
  if (std::string z = complex_unary(u); !z.empty()) return z;  // complex.cpp
  types::TypeId type = type_of(u->operand);
  std::string value = expression(u->operand);
  Kind k = kind_of(type);
  if (u->op == ast::UnaryOperator::Not) return "(!" + truth_of(type, value, u) + ")";
  if (!numeric(k)) unsupported(u, "this unary operator on '" + program_.table.format(type) + "'");
  if (k == Kind::Bool) value = "rt::as_int(" + value + ")";
  switch (u->op) {
    case ast::UnaryOperator::USub: return "(-" + value + ")";
    case ast::UnaryOperator::UAdd: return "(+" + value + ")";
    case ast::UnaryOperator::Invert:
      if (k == Kind::Float) unsupported(u, "~ on a float");
      return "(~" + value + ")";
    default: unsupported(u, "this unary operator");
  }
}

// A local read where an isinstance() test narrowed it (types/narrowing.cpp):
// the variable's value, as the narrower type the test guarantees.
std::string Emitter::narrowed_read(const ast::Name* name) {
  if (std::string outside = read_fallback(name, type_of(name)); !outside.empty()) return outside;
  std::string value = read(name);
  const sema::Symbol& found = symbol(name);
  if (found.resolution != sema::Resolution::Local || current_->scope->kind != sema::ScopeKind::Function) return value;
  types::TypeId declared = variable_type(name), narrowed = type_of(name);
  return declared == narrowed || narrowed == types::kBottom ? value : convert(value, declared, narrowed, name);
}

std::string Emitter::truth_of(types::TypeId type, const std::string& value, const ast::Node* where) {
  if (std::string i = instance_truth(type, value, where); !i.empty()) return i;  // dunders.cpp
  if (std::string o = optional_truth(type, value, where); !o.empty()) return o;  // optional_instances.cpp
  if (is_value(type) || is_not_implemented(type)) return "rt::truth(" + value + ")";  // NotImplemented is a Value
  if (kind_of(type) == Kind::Class && (metaclass_attribute(program_.table.get(type).a, "__bool__") ||
                                       metaclass_attribute(program_.table.get(type).a, "__len__")))
    return "rt::truth(rt::box(" + value + "))";  // the metaclass's type slots (metaclasses.cpp)
  switch (kind_of(type)) {
    case Kind::Bool: return value;
    case Kind::Int: return "bool(" + value + ")";
    case Kind::Float: return "(" + value + " != 0.0)";
    case Kind::Complex: return "rt::truth(" + value + ")";
    case Kind::Str: return "(" + value + ".size_bytes() != 0)";
    case Kind::Bytes:
    case Kind::ByteArray: return "(" + value + ".size() != 0)";
    case Kind::Bottom: return "((void)(" + value + "), rt::unreachable<bool>())";  // it never has a value
    // Objects without __bool__ or __len__: always true.
    case Kind::Function:
    case Kind::BoundMethod:
    case Kind::Class:
    case Kind::Builtin:
    case Kind::Module:
    case Kind::Generator:
    case Kind::File:
    case Kind::Slice:
    case Kind::Exception: return "((void)(" + value + "), true)";
    default:
      if (auto c = container_truth(type, value)) return *c;  // containers.cpp
      unsupported(where, "the truth value of '" + program_.table.format(type) + "'");
  }
}

std::string Emitter::truth(const ast::Expr* e) { return truth_of(type_of(e), expression(e), e); }

std::string Emitter::compare_op(const ast::Node* where, ast::CmpOperator op, types::TypeId left_type,
                                const std::string& left, types::TypeId right_type, const std::string& right) {
  if (std::string i = instance_compare(where, op, left_type, left, right_type, right); !i.empty()) return i;  // dunders.cpp
  if (auto c = container_compare(where, op, left_type, left, right_type, right)) return *c;  // containers.cpp
  if (std::string d = dynamic_compare(where, op, left_type, left, right_type, right); !d.empty()) return d;
  static const char* const symbols[] = {"==", "!=", "<", "<=", ">", ">="};
  if (std::string s = str_compare(op, left_type, left, right_type, right); !s.empty()) return s;
  if ((op == ast::CmpOperator::Is || op == ast::CmpOperator::IsNot) && kind_of(left_type) == Kind::Float &&
      kind_of(right_type) == Kind::Float) {  // bit identity (runtime/protocol.h)
    std::string test = sequenced(-1, {{"double a_", left}, {"double b_", right}}, "rt::same_float(a_, b_)");
    return op == ast::CmpOperator::IsNot ? "(!" + test + ")" : test;
  }
  if (int(op) > int(ast::CmpOperator::GtE)) unsupported(where, "the 'is' and 'in' operators");
  const char* symbol = symbols[int(op)];
  if (std::string z = complex_compare(where, op, left_type, left, right_type, right); !z.empty()) return z;  // complex.cpp
  Kind l = kind_of(left_type), r = kind_of(right_type);
  if (l == Kind::Str && r == Kind::Str) return operation(left, symbol, right);
  if (!numeric(l) || !numeric(r)) {
    // Functions, builtins, classes and files are equal when they are the same object.
    auto identity = [&](Kind k) { return k == Kind::Function || k == Kind::Builtin || k == Kind::Class || k == Kind::File; };
    bool equality = op == ast::CmpOperator::Eq || op == ast::CmpOperator::NotEq;
    if (equality && l == Kind::BoundMethod && r == Kind::BoundMethod)  // the same receiver and function (runtime/method.h)
      return std::string(op == ast::CmpOperator::NotEq ? "!" : "") +
             sequenced(-1, {{"rt::MethodObject* a_", left}, {"rt::MethodObject* b_", right}}, "rt::equal(a_, b_)");
    if (equality && identity(l) && identity(r) && cxx_type(left_type, where) == cxx_type(right_type, where))
      return operation(left, symbol, right);
    if (equality && l == Kind::Slice && r == Kind::Slice)  // compared as (start, stop, step)
      return std::string(op == ast::CmpOperator::NotEq ? "!" : "") +
             sequenced(-1, {{"rt::Slice a_", left}, {"rt::Slice b_", right}}, "rt::equal(a_, b_)");
    if (equality)  // different types never equal
      return std::string("(((void)") + left + ", (void)" + right + "), " + (op == ast::CmpOperator::NotEq ? "true)" : "false)");
    return unordered_compare(where, op, left_type, left, right_type, right);  // containers.cpp
  }
  auto as_number = [&](const std::string& v, Kind k) { return k == Kind::Bool ? "rt::as_int(" + v + ")" : v; };
  std::string a = as_number(left, l), b = as_number(right, r);
  if ((l == Kind::Float) == (r == Kind::Float)) return operation(a, symbol, b);
  // int against float: exact, as CPython compares them.
  std::string code = std::to_string(int(op));
  if (l == Kind::Float) return sequenced(-1, {{"double x", a}, {"rt::Int y", b}}, "ingot_compare_reversed(y, x, " + code + ")");
  return sequenced(-1, {{"rt::Int x", a}, {"double y", b}}, "ingot_compare(x, y, " + code + ")");
}

std::string Emitter::compare(const ast::Compare* c) {
  if (std::string g = globals_membership(c); !g.empty()) return g;  // imports.cpp
  if (c->ops.size() == 1)
    return compare_op(c, c->ops[0], type_of(c->left), expression(c->left), type_of(c->comparators[0]),
                      expression(c->comparators[0]));
  // a < b < c: each operand evaluated once, stopping at the first false.
  std::string out = "[&]() -> bool { ";
  std::string previous = "o0";
  types::TypeId previous_type = type_of(c->left);
  out += "auto o0 = " + expression(c->left) + "; ";
  for (uint32_t i = 0; i < c->ops.size(); ++i) {
    std::string name = "o" + std::to_string(i + 1);
    out += "auto " + name + " = " + expression(c->comparators[i]) + "; ";
    types::TypeId type = type_of(c->comparators[i]);
    out += "if (!" + compare_op(c, c->ops[i], previous_type, previous, type, name) + ") return false; ";
    previous = name;
    previous_type = type;
  }
  return out + "return true; }()";
}

std::string Emitter::bool_op(const ast::BoolOp* b) {
  types::TypeId result = type_of(b);
  // `a and b` is a if a is false, else b; each operand evaluated at most
  // once, tested in its own type and converted to the result's (`x or
  // default` with x: int | None is boxed).
  bool is_and = b->op == ast::BoolOperator::And;
  // An operand no value reaches (types/narrowing.cpp) ends it: the one before is the last.
  size_t count = 1;
  while (count < b->values.size() && !dead(b->values[count])) ++count;
  if (std::any_of(b->values.begin() + 1, b->values.begin() + count, pauses)) return pausing_bool_op(b, count);
  std::string out = "[&]() -> " + cxx_type(result, b) + " { ";
  for (uint32_t i = 0; i + 1 < count; ++i) {
    types::TypeId type = type_of(b->values[i]);
    out += "{ auto v = " + expression(b->values[i]) + "; if (" + (is_and ? "!" : "") + truth_of(type, "v", b) +
           ") return " + convert("v", type, result, b->values[i]) + "; } ";
  }
  const ast::Expr* last = b->values[count - 1];
  return out + "return " + convert(expression(last), type_of(last), result, last) + "; }()";
}

// `a and (yield)`: the operands as statements, each in the branch that
// evaluates it, so that a yield or await (hoisted_yield) runs only there.
std::string Emitter::pausing_bool_op(const ast::BoolOp* b, size_t count) {
  types::TypeId result = type_of(b);
  bool is_and = b->op == ast::BoolOperator::And;
  std::string r = "b" + std::to_string(++temporaries_) + "_";
  line(cxx_type(result, b) + " " + r + ";");
  for (uint32_t i = 0; i + 1 < count; ++i) {
    types::TypeId type = type_of(b->values[i]);
    std::string v = r + std::to_string(i);
    line("auto " + v + " = " + expression(b->values[i]) + ";");
    line("if (" + std::string(is_and ? "!" : "") + truth_of(type, v, b) + ") " + r + " = " +
         convert(v, type, result, b->values[i]) + ";");
    line("else {");
    ++indent_;
  }
  const ast::Expr* last = b->values[count - 1];
  std::string value = expression(last);
  line(r + " = " + convert(value, type_of(last), result, last) + ";");
  for (uint32_t i = 0; i + 1 < count; ++i) {
    --indent_;
    line("}");
  }
  return r;
}

std::string Emitter::if_expression(const ast::IfExp* e) {
  types::TypeId result = type_of(e);
  if (pauses(e->body) || pauses(e->orelse)) {
    // As pausing_bool_op: each arm's yields run in its branch.
    std::string r = "c" + std::to_string(++temporaries_) + "_";
    line(cxx_type(result, e) + " " + r + ";");
    std::string test = truth(e->test);
    line("if (" + test + ") {");
    for (const ast::Expr* arm : {e->body, e->orelse}) {
      ++indent_;
      if (!dead(arm)) {
        std::string value = expression_as(arm, result);
        line(r + " = " + value + ";");
      }
      --indent_;
      line(arm == e->body ? "} else {" : "}");
    }
    return r;
  }
  // An arm no value reaches (types/narrowing.cpp) is not emitted.
  if (dead(e->body) || dead(e->orelse))
    return "((void)" + truth(e->test) + ", " + expression_as(dead(e->body) ? e->orelse : e->body, result) + ")";
  return "(" + truth(e->test) + " ? " + expression_as(e->body, result) + " : " + expression_as(e->orelse, result) + ")";
}

}  // namespace ingot::codegen
