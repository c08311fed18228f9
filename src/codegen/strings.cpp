// Strings: f-strings, str methods (rt::str_<method>, a mechanical mapping),
// str.format, s[i] and s[a:b:c], `in`, `*`, `%` (of bytes too: bytes.cpp
// has bytes' methods), and the argument binding every
// call of a builtin function or method shares (builtin_arguments).

#include "codegen/emitter.h"
#include "codegen/python_names.h"
#include "types/builtins.h"

namespace ingot::codegen {

using types::Kind;

namespace {

bool is_text_constant(const ast::Expr* e) {
  auto* c = ast::as<ast::Constant>(e);
  return c && c->value.kind == ast::Value::Kind::Str;
}

}  // namespace

// --- Arguments of builtins -------------------------------------------------

std::vector<const ast::Expr*> Emitter::bind_arguments(const ast::Call* c, const std::vector<std::string_view>& params,
                                                      size_t required, size_t positional_only) {
  std::vector<const ast::Expr*> bound(params.size(), nullptr);
  if (c->args.size() > params.size()) unsupported(c, "a call with too many arguments");
  for (uint32_t i = 0; i < c->args.size(); ++i) {
    if (c->args[i]->kind == ast::Kind::Starred) unsupported(c->args[i], "a *argument");
    bound[i] = c->args[i];
  }
  for (const ast::Keyword* keyword : c->keywords) {
    if (!keyword->arg.data()) unsupported(keyword, "a **argument");
    size_t i = positional_only;
    while (i < params.size() && params[i] != keyword->arg) ++i;
    if (i == params.size() || bound[i]) unsupported(keyword, "the keyword argument '" + std::string(keyword->arg) + "'");
    bound[i] = keyword->value;
  }
  for (size_t i = 0; i < required; ++i)
    if (!bound[i]) unsupported(c, "a call with missing arguments");
  return bound;
}

std::string Emitter::with_arguments(const ast::Call* c, const std::vector<const ast::Expr*>& bound,
                                    std::vector<std::pair<std::string, std::string>> operands,
                                    const std::function<Operand(size_t, const ast::Expr*)>& operand, int position,
                                    const std::string& body) {
  // Python evaluates the arguments as written: positional ones, then the
  // keywords in their order.
  std::vector<const ast::Expr*> order(c->args.begin(), c->args.end());
  for (const ast::Keyword* keyword : c->keywords) order.push_back(keyword->value);
  for (const ast::Expr* e : order)
    for (size_t i = 0; i < bound.size(); ++i)
      if (bound[i] == e) {
        Operand o = operand(i, e);
        if (!o.type.empty()) operands.emplace_back(o.type + " a" + std::to_string(i), o.value);
      }
  return sequenced(position, operands, body);
}

Emitter::Operand Emitter::index_operand(const ast::Expr* e) {
  Kind kind = kind_of(type_of(e));
  if (is_none_constant(e)) return {"int64_t", "rt::kNone"};
  // `int | None` and the like: None, an int, or CPython's TypeError at run time.
  if ((kind == Kind::Union || kind == Kind::Dyn || kind == Kind::None) && !has_instances(type_of(e)))
    return {"int64_t", "rt::slice_bound(" + box_value(expression(e), type_of(e)) + ")"};
  if (auto i = instance_index(e, [](const std::string& v) { return "rt::Int(rt::slice_bound(" + v + "))"; }))
    return {"int64_t", "rt::clamp_index(" + *i + ")"};
  if (kind != Kind::Int && kind != Kind::Bool) unsupported(e, "an index that is not an int");
  return {"int64_t", "rt::clamp_index(" + convert(expression(e), type_of(e), types::kInt, e) + ")"};
}

Emitter::Operand Emitter::ssize_operand(const ast::Expr* e) {
  Kind kind = kind_of(type_of(e));
  // A Value (a field a dyn call of __init__ may set): unboxed, checked.
  bool value = (kind == Kind::Dyn || kind == Kind::Union) && !has_instances(type_of(e));
  if (kind != Kind::Int && kind != Kind::Bool && !value) unsupported(e, "an argument that is not an int");
  return {"int64_t", "ingot_range_bound(" + convert(expression(e), type_of(e), types::kInt, e) + ")"};
}

Emitter::Operand Emitter::typed_operand(const ast::Expr* e, types::TypeId to) {
  return {cxx_type(to, e), convert(expression(e), type_of(e), to, e)};
}

// --- Conversions to text ---------------------------------------------------

std::string Emitter::boxed(const std::string& value, types::TypeId type, const ast::Node* where) {
  switch (kind_of(type)) {
    case Kind::Bool:
    case Kind::Int:
    case Kind::Float:
    case Kind::Complex:
    case Kind::Str:
    case Kind::Bytes:
    case Kind::ByteArray:
    case Kind::List:
    case Kind::Dict:
    case Kind::Set:
    case Kind::Tuple:
    case Kind::TupleOf:
      return "rt::box(" + value + ")";
    default: return convert(value, type, types::kDyn, where);
  }
}

std::string Emitter::str_of(const std::string& value, types::TypeId type, const ast::Node* where, bool use_repr) {
  const char* function = use_repr ? "rt::repr(" : "rt::str(";
  switch (kind_of(type)) {
    case Kind::Str:
      if (!use_repr) return value;
      [[fallthrough]];
    case Kind::Bool:
    case Kind::Int:
    case Kind::Float:
    case Kind::Complex:
    case Kind::Bytes:
    case Kind::ByteArray:
    case Kind::List:
    case Kind::Dict:
    case Kind::Set:
    case Kind::Tuple:
    case Kind::TupleOf:
    case Kind::Range:
      return function + value + ")";
    default: return function + convert(value, type, types::kDyn, where) + ")";
  }
}

// --- f-strings -------------------------------------------------------------

std::string Emitter::joined_str(const ast::JoinedStr* j) {
  if (j->values.size() == 1 && is_text_constant(j->values[0])) return constant(ast::as<ast::Constant>(j->values[0]));
  // Each part is formatted as soon as it is evaluated, left to right, as
  // CPython's FORMAT_VALUE runs (a braced list's order); the runtime then
  // allocates the result once (runtime/str_concat.h).
  std::string out = "rt::str_concat({";
  for (const ast::Expr* value : j->values) {
    if (value != j->values[0]) out += ", ";
    if (auto* text = ast::as<ast::Constant>(value)) {
      out += constant(text);
    } else if (auto* formatted = ast::as<ast::FormattedValue>(value)) {
      // An int's str(): its digits written straight into the piece.
      bool plain = !formatted->format_spec && (formatted->conversion == 's' || formatted->conversion < 0);
      if (plain && kind_of(type_of(formatted->value)) == Kind::Int) out += "rt::Int(" + expression(formatted->value) + ")";
      else out += formatted_value(formatted);
    } else {
      unsupported(value, "this part of an f-string");
    }
  }
  return out + "})";
}

// `a + b + c` of strs: one str_concat, one allocation where each + made
// a string. The operands are evaluated in order as before, and str + str
// raises nothing; an operand `str(i)` of an int is its digits.
std::string Emitter::str_sum(const ast::BinOp* b) {
  if (b->op != ast::Operator::Add || kind_of(type_of(b)) != Kind::Str) return "";
  std::vector<const ast::Expr*> operands;
  std::function<bool(const ast::Expr*)> collect = [&](const ast::Expr* e) {
    if (kind_of(type_of(e)) != Kind::Str) return false;
    auto* sum = ast::as<ast::BinOp>(e);
    if (!sum || sum->op != ast::Operator::Add) return operands.push_back(e), true;
    return collect(sum->left) && collect(sum->right);
  };
  if (!collect(b)) return "";
  auto int_str = [&](const ast::Expr* e) -> const ast::Expr* {
    auto* c = ast::as<ast::Call>(e);
    if (!c || c->args.size() != 1 || !c->keywords.empty() || c->args[0]->kind == ast::Kind::Starred ||
        c->func->kind != ast::Kind::Name ||
        static_cast<const ast::Name*>(c->func)->id != "str" || kind_of(type_of(c->func)) != Kind::Builtin ||
        kind_of(type_of(c->args[0])) != Kind::Int)
      return nullptr;
    return c->args[0];
  };
  bool digits = std::any_of(operands.begin(), operands.end(), [&](const ast::Expr* e) { return int_str(e) != nullptr; });
  if (operands.size() < 3 && !digits) return "";  // a + b: operator+ allocates once already
  std::string out = "rt::str_concat({";
  for (const ast::Expr* e : operands) {
    if (e != operands[0]) out += ", ";
    // str(i) raises for more digits than sys.get_int_max_str_digits(): at the call.
    const ast::Expr* i = int_str(e);
    out += i ? sequenced(position(e), {{"rt::Int v", expression(i)}}, "v") : expression(e);
  }
  return out + "})";
}

std::string Emitter::formatted_value(const ast::FormattedValue* f) {
  types::TypeId type = type_of(f->value);
  std::string value = expression(f->value);
  if (f->conversion == 'r' || f->conversion == 's') {
    value = str_of(value, type, f->value, f->conversion == 'r');
    type = types::kStr;
  } else if (f->conversion == 'a') {
    value = "rt::ascii(" + boxed(value, type, f->value) + ")";
    type = types::kStr;
  }
  auto* spec = f->format_spec ? ast::as<ast::JoinedStr>(f->format_spec) : nullptr;
  if (f->format_spec && !spec) unsupported(f->format_spec, "this format spec");
  if (has_instances(type)) {
    // format(x, spec) is x.__format__(spec), even for an empty spec; a
    // class without one formats as object does.
    std::string code = dunder_call(f, type, "v", "__format__", {Typed{"spec", types::kStr}}, types::kStr,
                                   [&](const std::string&) {
                                     return Typed{"rt::format(" + boxed("v", type, f) + ", spec)", types::kStr};
                                   });
    return sequenced(position(f), {{cxx_type(type, f) + " v", value}, {"rt::Str spec", spec ? joined_str(spec) : "rt::Str()"}},
                     code);
  }
  if (!spec) return str_of(value, type, f->value);
  Kind kind = kind_of(type);
  bool typed = kind == Kind::Bool || kind == Kind::Int || kind == Kind::Float || kind == Kind::Str;
  std::string cxx = typed ? cxx_type(type, f) : "rt::Value";
  if (!typed) value = boxed(value, type, f->value);
  return sequenced(position(f), {{cxx + " v", value}, {"rt::Str spec", joined_str(spec)}}, "rt::format(v, spec)");
}

// --- Operators -------------------------------------------------------------

std::string Emitter::str_operation(const ast::Node* where, ast::Operator op, types::TypeId left_type,
                                   const std::string& left, types::TypeId right_type, const std::string& right) {
  Kind l = kind_of(left_type), r = kind_of(right_type);
  if (l == Kind::Str && op == ast::Operator::Mod) {
    // str % args: the runtime takes the arguments boxed; a tuple display
    // arrives boxed already (Emitter::binary).
    std::string args = boxed(right, right_type, where);
    if (auto* b = ast::as<ast::BinOp>(where); b && b->right->kind == ast::Kind::Tuple) args = right;
    return sequenced(position(where), {{"rt::Str f", left}, {"rt::Value v", args}}, "rt::str_percent(f, v)");
  }
  if (types::is_bytes_like(l) && op == ast::Operator::Mod) {
    // As str's; a bytearray's result is a bytearray.
    std::string args = boxed(right, right_type, where);
    if (auto* b = ast::as<ast::BinOp>(where); b && b->right->kind == ast::Kind::Tuple) args = right;
    return sequenced(position(where), {{"rt::Bytes f", convert(left, left_type, types::kBytes, where)}, {"rt::Value v", args}},
                     l == Kind::Bytes ? "rt::bytes_percent(f, v)" : "rt::to_bytearray(rt::bytes_percent(f, v))");
  }
  if (types::is_bytes_like(l) && types::is_bytes_like(r) && op == ast::Operator::Add) return operation(left, "+", right);
  auto text = [](Kind k) { return k == Kind::Str || types::is_bytes_like(k); };
  if (op != ast::Operator::Mult || text(l) == text(r)) return "";
  bool str_first = text(l);
  std::string s = cxx_type(str_first ? left_type : right_type, where) + " s";
  Kind count = str_first ? r : l;
  if (count != Kind::Int && count != Kind::Bool) return "";
  std::string n = "rt::Int n";
  std::string count_value = convert(str_first ? right : left, str_first ? right_type : left_type, types::kInt, where);
  auto operands = str_first ? std::vector<std::pair<std::string, std::string>>{{s, left}, {n, count_value}}
                            : std::vector<std::pair<std::string, std::string>>{{n, count_value}, {s, right}};
  return sequenced(position(where), operands, "rt::repeat(s, n)");
}

std::string Emitter::str_compare(ast::CmpOperator op, types::TypeId left_type, const std::string& left,
                                 types::TypeId right_type, const std::string& right) {
  Kind l = kind_of(left_type), r = kind_of(right_type);
  if (types::is_bytes_like(l) && types::is_bytes_like(r) && int(op) <= int(ast::CmpOperator::GtE)) {
    static const char* const symbols[] = {"==", "!=", "<", "<=", ">", ">="};
    return operation(left, symbols[int(op)], right);
  }
  if (op != ast::CmpOperator::In && op != ast::CmpOperator::NotIn) return "";
  bool bytes_item = types::is_bytes_like(r) && (l == Kind::Int || l == Kind::Bool);
  if (!(l == Kind::Str && r == Kind::Str) && !(types::is_bytes_like(l) && types::is_bytes_like(r)) && !bytes_item) return "";
  std::string needle = bytes_item ? "rt::Int n" : cxx_type(left_type, nullptr) + " n";
  std::string value = bytes_item ? convert(left, left_type, types::kInt, nullptr) : left;
  // A byte value outside range(256) raises ValueError.
  return sequenced(-1, {{needle, value}, {cxx_type(right_type, nullptr) + " h", right}},
                   std::string(op == ast::CmpOperator::NotIn ? "!" : "") + "rt::contains(h, n)");
}

std::string Emitter::str_subscript(const ast::Subscript* s) {
  // A str or a bytes: the runtime's subscript and slice have both.
  std::vector<std::pair<std::string, std::string>> operands{{cxx_type(type_of(s->value), s) + " s", expression(s->value)}};
  if (auto* slice = ast::as<ast::Slice>(s->slice)) {
    std::string bounds;
    const ast::Expr* parts[] = {slice->lower, slice->upper, slice->step};
    for (int i = 0; i < 3; ++i) {
      std::string name = "b" + std::to_string(i);
      bounds += (i ? ", " : "") + name;
      if (!parts[i]) {
        operands.emplace_back("int64_t " + name, "rt::kNone");
        continue;
      }
      Operand bound = index_operand(parts[i]);
      operands.emplace_back(bound.type + " " + name, bound.value);
    }
    return sequenced(position(s), operands, "rt::slice(s, " + bounds + ")");
  }
  Kind index = kind_of(type_of(s->slice));
  if (index == Kind::Slice) {
    operands.emplace_back("rt::Slice o", expression(s->slice));
    return sequenced(position(s), operands,
                     "({ rt::SliceBounds b = rt::bounds(o); rt::slice(s, b.start, b.stop, b.step); })");
  }
  if (index == Kind::Dyn) {  // checked at run time, as for a list (containers.cpp, index_value)
    operands.emplace_back("int64_t i", "rt::index_of(rt::str_type, " + expression(s->slice) + ")");
    return sequenced(position(s), operands, "rt::subscript(s, i)");
  }
  auto instance = instance_index(s->slice, [](const std::string& v) { return "rt::Int(rt::index_of(rt::str_type, " + v + "))"; });
  if (!instance && index != Kind::Int && index != Kind::Bool) unsupported(s, "this subscript of a str");
  operands.emplace_back("rt::Int i", instance ? *instance : convert(expression(s->slice), type_of(s->slice), types::kInt, s->slice));
  return sequenced(position(s), operands, "rt::subscript(s, ingot_index(i))");
}

// --- Builtin functions on strings ------------------------------------------

std::string Emitter::str_builtin(const ast::Call* c, std::string_view name) {
  auto one = [&](types::TypeId to) {
    auto bound = bind_arguments(c, {"x"}, 1, 1);
    return with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return typed_operand(e, to); },
                          position(c), name == "ord" ? "rt::Int(rt::ord(a0))" : "rt::chr(a0)");
  };
  if (name == "ord" && c->args.size() == 1 && kind_of(type_of(c->args[0])) == Kind::Str) return one(types::kStr);
  if (name == "chr" && c->args.size() == 1) {
    Kind kind = kind_of(type_of(c->args[0]));
    if (kind == Kind::Int || kind == Kind::Bool) return one(types::kInt);
    if (kind == Kind::Float || kind == Kind::Str) return not_an_integer(c);  // numbers.cpp
  }
  if (name == "str" && c->args.empty() && c->keywords.empty()) return "rt::Str()";
  if (name == "str" && (c->args.size() + c->keywords.size()) >= 2) {  // str(b, encoding, errors) decodes
    auto bound = bind_arguments(c, {"object", "encoding", "errors"}, 1);
    if (!types::is_bytes_like(kind_of(type_of(bound[0])))) unsupported(c, "this call of str()");
    return with_arguments(c, bound, {},
                          [&](size_t i, const ast::Expr* e) { return typed_operand(e, i ? types::kStr : types::kBytes); },
                          position(c), std::string("rt::bytes_decode(a0, ") + (bound[1] ? "a1" : "rt::Str::from_ascii(\"utf-8\")") +
                              (bound[2] ? ", a2)" : ")"));
  }
  if (name == "len" && c->args.size() == 1 && types::is_bytes_like(kind_of(type_of(c->args[0]))))
    return "rt::Int(" + expression(c->args[0]) + ".size())";
  if (name == "bytes" || name == "bytearray") return bytes_builtin(c, name);
  if (name == "memoryview") {  // runtime/memoryview.h: always a dyn
    auto bound = bind_arguments(c, {"object"}, 1);
    std::string made = with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) {
      return Operand{"rt::Value", boxed(expression(e), type_of(e), e)};
    }, position(c), "rt::memoryview_of(a0)");
    return call_result(c, made, types::kDyn);
  }
  if (name == "ascii" && c->args.size() == 1 && c->keywords.empty())
    return "rt::ascii(" + boxed(expression(c->args[0]), type_of(c->args[0]), c->args[0]) + ")";
  if (name == "format" && !c->args.empty() && c->args.size() <= 2 && c->keywords.empty()) {
    const ast::Expr* x = c->args[0];
    types::TypeId type = type_of(x);
    Kind kind = kind_of(type);
    bool typed = kind == Kind::Bool || kind == Kind::Int || kind == Kind::Float || kind == Kind::Str;
    std::string spec = "rt::Str()";
    if (c->args.size() == 2) {
      types::TypeId spec_type = type_of(c->args[1]);
      if (kind_of(spec_type) != Kind::Str && !is_value(spec_type)) unsupported(c->args[1], "a format spec that is not a str");
      spec = is_value(spec_type) ? "rt::format_spec(" + expression(c->args[1]) + ")" : expression(c->args[1]);  // value_builtins.h
    }
    if (has_instances(type) && !is_value(type)) {
      // x.__format__(spec); a class without one formats as object does.
      std::string code = dunder_call(c, type, "v", "__format__", {Typed{"spec", types::kStr}}, types::kStr, [&](const std::string&) {
        return Typed{"rt::format(" + boxed("v", type, c) + ", spec)", types::kStr};
      });
      return sequenced(position(c), {{cxx_type(type, x) + " v", expression(x)}, {"rt::Str spec", spec}}, code);
    }
    std::string value = typed ? expression(x) : boxed(expression(x), type, x);
    return sequenced(position(c), {{(typed ? cxx_type(type, x) : "rt::Value") + " v", value}, {"rt::Str spec", spec}},
                     "rt::format(v, spec)");
  }
  return "";
}

// --- str methods -----------------------------------------------------------

std::string Emitter::str_method(const ast::Call* c, const ast::Attribute* method) {
  std::string_view name = method->attr;
  std::vector<std::pair<std::string, std::string>> self{{"rt::Str self", expression(method->value)}};
  auto str_arg = [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kStr); };
  // Optional arguments: a<i> when given, else the default.
  auto arg = [](const std::vector<const ast::Expr*>& bound, size_t i, const char* fallback) {
    return bound[i] ? "a" + std::to_string(i) : std::string(fallback);
  };
  int pos = position(c);
  // A sep or chars that may be None at run time (`def f(sep=None)`): boxed,
  // and the call picks its form by the value; `optional_str` is the str form's
  // argument.
  auto may_be_none = [&](const ast::Expr* e) {
    Kind kind = kind_of(type_of(e));
    return (kind == Kind::None || kind == Kind::Union || kind == Kind::Dyn) && !has_instances(type_of(e));
  };
  auto optional_operand = [&](const ast::Expr* e) { return Operand{"rt::Value", box_value(expression(e), type_of(e))}; };
  auto optional_str = [&] { return convert("a0", types::kDyn, types::kStr, method); };

  static const char* const kNoArguments[] = {
      "upper",   "lower",   "casefold",  "swapcase",  "capitalize", "title",   "isdigit",
      "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace",   "islower",    "isupper",
      "istitle", "isascii", "isprintable", "isidentifier"};
  for (const char* simple : kNoArguments)
    if (name == simple) {
      bind_arguments(c, {}, 0);
      return sequenced(-1, self, "rt::str_" + std::string(name) + "(self)");
    }

  if (name == "find" || name == "rfind" || name == "index" || name == "rindex" || name == "count" ||
      name == "startswith" || name == "endswith") {
    auto bound = bind_arguments(c, {"sub", "start", "end"}, 1, 3);
    bool affix = name == "startswith" || name == "endswith";
    std::string call = "rt::str_" + std::string(name) + "(self, a0, " + arg(bound, 1, "rt::kNone") + ", " +
                       arg(bound, 2, "rt::kNone") + ")";
    std::string result = affix ? call : "rt::Int(" + call + ")";
    return with_arguments(c, bound, self,
                          [&](size_t i, const ast::Expr* e) {
                            if (i > 0) return index_operand(e);
                            if (affix && kind_of(type_of(e)) != Kind::Str) return str_tuple_operand(e);
                            return typed_operand(e, types::kStr);
                          },
                          pos, result);
  }
  if (name == "replace") {
    auto bound = bind_arguments(c, {"old", "new", "count"}, 2, 3);
    return with_arguments(c, bound, self,
                          [&](size_t i, const ast::Expr* e) { return i == 2 ? ssize_operand(e) : typed_operand(e, types::kStr); },
                          pos, "rt::str_replace(self, a0, a1, " + arg(bound, 2, "-1") + ")");
  }
  if (name == "partition" || name == "rpartition") {
    auto bound = bind_arguments(c, {"sep"}, 1, 1);
    return with_arguments(c, bound, self, str_arg, pos,
                          "({ auto p = rt::str_" + std::string(name) +
                              "(self, a0); rt::Tuple<rt::Str, rt::Str, rt::Str>{p[0], p[1], p[2]}; })");
  }
  if (name == "split" || name == "rsplit") {
    auto bound = bind_arguments(c, {"sep", "maxsplit"}, 0);
    bool no_sep = !bound[0] || is_none_constant(bound[0]);
    bool either = !no_sep && may_be_none(bound[0]);
    std::string head = "rt::str_" + std::string(name) + "(self, ", tail = arg(bound, 1, "-1") + ")";
    std::string call = no_sep ? head + tail
                       : either ? "a0.is_none() ? " + head + tail + " : " + head + optional_str() + ", " + tail
                                : head + "a0, " + tail;
    return with_arguments(c, bound, self,
                          [&](size_t i, const ast::Expr* e) {
                            if (i == 1) return ssize_operand(e);
                            if (no_sep) return Operand{};
                            return either ? optional_operand(e) : typed_operand(e, types::kStr);
                          },
                          pos, call);
  }
  if (name == "splitlines") {
    auto bound = bind_arguments(c, {"keepends"}, 0);
    return with_arguments(c, bound, self,
                          [&](size_t, const ast::Expr* e) { return Operand{"bool", truth(e)}; }, pos,
                          "rt::str_splitlines(self, " + arg(bound, 0, "false") + ")");
  }
  if (name == "join") {
    auto bound = bind_arguments(c, {"iterable"}, 1, 1);
    types::TypeId items = type_of(bound[0]);
    const types::Type& t = program_.table.get(items);
    if (t.kind == Kind::List && kind_of(t.args[0]) == Kind::Bottom)  // `[]`: nothing to join
      return with_arguments(c, bound, self, [&](size_t, const ast::Expr* e) { return Operand{"auto", expression(e)}; }, pos,
                            "rt::Str()");
    if (t.kind == Kind::List && kind_of(t.args[0]) == Kind::Str)
      return with_arguments(c, bound, self, [&](size_t, const ast::Expr* e) { return typed_operand(e, items); }, pos,
                            "rt::str_join(self, a0)");
    // A generator expression of strs: its loop fills the list in place
    // (comprehensions.cpp), with no generator object between.
    if (bound[0]->kind == ast::Kind::GeneratorExp && kind_of(for_each_item_type(bound[0])) == Kind::Str)
      return with_arguments(c, bound, self,
                            [&](size_t, const ast::Expr* e) {
                              types::TypeId item;
                              std::string loop = for_each_item(e, item, [](const std::string& x) { return "v_.append(" + x + ");"; });
                              return Operand{"rt::List<rt::Str>",
                                             "[&]() -> rt::List<rt::Str> { rt::List<rt::Str> v_; " + loop + " return v_; }()"};
                            },
                            pos, "rt::str_join(self, a0)");
    // Any other iterable of strs: its items collected first, as CPython's
    // PySequence_Fast does.
    if (types::TypeId item = item_type(items, bound[0]); kind_of(item) != Kind::Str) {
      // Items of other types: checked one by one at run time (TypeError).
      std::string box = boxed("x_", item, bound[0]);
      return with_arguments(c, bound, self, [&](size_t, const ast::Expr* e) { return Operand{"auto", expression(e)}; }, pos,
                            "rt::List<rt::Value> v_; for (auto&& x_ : rt::iterate(a0)) v_.append(" + box +
                                "); rt::str_join(self, v_.span())");
    }
    return with_arguments(c, bound, self, [&](size_t, const ast::Expr* e) { return Operand{"auto", expression(e)}; }, pos,
                          "rt::str_join(self, rt::List<rt::Str>::from_range(rt::iterate(a0)))");
  }
  if (name == "strip" || name == "lstrip" || name == "rstrip") {
    auto bound = bind_arguments(c, {"chars"}, 0, 1);
    bool no_chars = !bound[0] || is_none_constant(bound[0]);
    bool either = !no_chars && may_be_none(bound[0]);
    std::string head = "rt::str_" + std::string(name) + "(self";
    std::string call = no_chars ? head + ")"
                       : either ? "a0.is_none() ? " + head + ") : " + head + ", " + optional_str() + ")"
                                : head + ", a0)";
    return with_arguments(c, bound, self,
                          [&](size_t, const ast::Expr* e) {
                            if (no_chars) return Operand{};
                            return either ? optional_operand(e) : typed_operand(e, types::kStr);
                          },
                          pos, call);
  }
  if (name == "zfill" || name == "expandtabs") {
    bool zfill = name == "zfill";
    auto bound = bind_arguments(c, {zfill ? "width" : "tabsize"}, zfill ? 1 : 0, zfill ? 1 : 0);
    return with_arguments(c, bound, self, [&](size_t, const ast::Expr* e) { return ssize_operand(e); }, pos,
                          "rt::str_" + std::string(name) + "(self, " + arg(bound, 0, "8") + ")");
  }
  if (name == "center" || name == "ljust" || name == "rjust") {
    auto bound = bind_arguments(c, {"width", "fillchar"}, 1, 2);
    return with_arguments(c, bound, self,
                          [&](size_t i, const ast::Expr* e) { return i == 0 ? ssize_operand(e) : typed_operand(e, types::kStr); },
                          pos, "rt::str_" + std::string(name) + "(self, a0" + (bound[1] ? ", a1" : "") + ")");
  }
  if (name == "removeprefix" || name == "removesuffix") {
    auto bound = bind_arguments(c, {"affix"}, 1, 1);
    std::string body = name == "removeprefix"
        ? "rt::str_startswith(self, a0) ? rt::byte_slice(self, a0.size_bytes(), self.size_bytes()) : self"
        : "!a0.empty() && rt::str_endswith(self, a0) ? rt::byte_slice(self, 0, self.size_bytes() - a0.size_bytes()) : self";
    return with_arguments(c, bound, self, str_arg, pos, body);
  }
  if (name == "format") return str_format_call(c, self);
  if (name == "maketrans") return str_maketrans_call(c, self);  // a static method, read through an instance
  if (name == "format_map") {
    auto bound = bind_arguments(c, {"mapping"}, 1, 1);
    return with_arguments(c, bound, self, [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kDyn); }, pos,
                          "rt::str_format_map(self, a0)");
  }
  if (name == "translate") {  // the table is whatever has a __getitem__, boxed
    auto bound = bind_arguments(c, {"table"}, 1, 1);
    return with_arguments(c, bound, self, [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kDyn); }, pos,
                          "rt::str_translate(self, a0)");
  }
  if (name == "encode") {
    auto bound = bind_arguments(c, {"encoding", "errors"}, 0, 0);
    std::string encoding = bound[0] ? "a0" : "rt::Str::from_ascii(\"utf-8\")";
    return with_arguments(c, bound, self, str_arg, pos, "rt::str_encode(self, " + encoding + (bound[1] ? ", a1)" : ")"));
  }
  // A name str does not have at all ('x'.foo()): the lookup raises CPython's
  // AttributeError before the arguments are evaluated.
  if (!python_has_attribute(Kind::Str, name))
    return convert(sequenced(pos, self, "rt::getattr(rt::box(self), rt::Str::from_ascii(" + quoted(name) + "))"), types::kDyn,
                   type_of(c), c);
  unsupported(c, "the str method '" + std::string(name) + "'");
}

// A tuple of strs as startswith/endswith take it.
Emitter::Operand Emitter::str_tuple_operand(const ast::Expr* e) {
  std::string items;
  if (auto* display = ast::as<ast::Tuple>(e)) {
    for (const ast::Expr* item : display->elts) {
      if (kind_of(type_of(item)) != Kind::Str) unsupported(item, "a prefix that is not a str");
      items += (items.empty() ? "" : ", ") + expression(item);
    }
    return {"rt::TupleOf<rt::Str>", "rt::TupleOf<rt::Str>{" + items + "}"};
  }
  const types::Type& t = program_.table.get(type_of(e));
  if (t.kind == Kind::TupleOf && kind_of(t.args[0]) == Kind::Str) return {"rt::TupleOf<rt::Str>", expression(e)};
  unsupported(e, "this prefix argument");
}

// str.maketrans(...) (`self`: the instance it was read through, evaluated
// first): one dict, or two strs of equal length and the str of those to
// delete; with `*args`, the count at run time picks the form.
std::string Emitter::str_maketrans_call(const ast::Call* c, std::vector<std::pair<std::string, std::string>> self) {
  if (std::any_of(c->args.begin(), c->args.end(), [](const ast::Expr* e) { return e->kind == ast::Kind::Starred; })) {
    if (!c->keywords.empty()) unsupported(c->keywords[0], "a keyword argument of str.maketrans()");
    std::string gather = "rt::List<rt::Value> l_; ";
    for (uint32_t i = 0; i < c->args.size(); ++i) {
      auto* star = ast::as<ast::Starred>(c->args[i]);
      const ast::Expr* value = star ? star->value : c->args[i];
      self.emplace_back("rt::Value p" + std::to_string(i), boxed(expression(value), type_of(value), value));
      gather += star ? "for (rt::Value x_ : rt::iterate(p" + std::to_string(i) + ")) l_.append(x_); "
                     : "l_.append(p" + std::to_string(i) + "); ";
    }
    return call_result(c, sequenced(position(c), self, "({ " + gather + "rt::str_maketrans_values(l_.span()); })"), types::kDyn);
  }
  auto bound = bind_arguments(c, {"x", "y", "z"}, 1, 3);
  bool mapping = !bound[1];
  if (bound[2] && !bound[1]) unsupported(c, "str.maketrans() with a third argument but no second");
  std::string made = with_arguments(c, bound, self,
                                    [&](size_t, const ast::Expr* e) { return typed_operand(e, mapping ? types::kDyn : types::kStr); },
                                    position(c), mapping ? "rt::str_maketrans(a0)" : bound[2] ? "rt::str_maketrans(a0, a1, a2)" : "rt::str_maketrans(a0, a1)");
  return call_result(c, made, types::kDyn);
}

// Calls with `*args` of the str methods that take them: fmt.format(*a)
// and str.maketrans(*a) (on the class or an instance).
std::string Emitter::str_spread_method(const ast::Call* c) {
  auto* method = ast::as<ast::Attribute>(c->func);
  if (!method || (method->attr != "format" && method->attr != "maketrans")) return "";
  const types::Type& receiver = program_.table.get(type_of(method->value));
  if (receiver.kind == Kind::Str) return str_method(c, method);
  if (method->attr == "maketrans" && receiver.kind == Kind::Builtin && types::builtin_name(receiver.a) == "str")
    return str_maketrans_call(c, {});
  return "";
}

// fmt.format(*args, **kwargs): the runtime takes the arguments boxed.
std::string Emitter::str_format_call(const ast::Call* c, std::vector<std::pair<std::string, std::string>> operands) {
  bool spread = std::any_of(c->args.begin(), c->args.end(), [](const ast::Expr* e) { return e->kind == ast::Kind::Starred; }) ||
                std::any_of(c->keywords.begin(), c->keywords.end(), [](const ast::Keyword* k) { return !k->arg.data(); });
  if (spread) {  // `*xs`, `**d`: collected at run time, as for a call of a function value
    std::string collect = "rt::ArgumentList fa_(rt::Value::none()); ";
    for (uint32_t i = 0; i < c->args.size(); ++i) {
      const ast::Expr* e = c->args[i];
      auto* star = ast::as<ast::Starred>(e);
      const ast::Expr* value = star ? star->value : e;
      operands.emplace_back("rt::Value p" + std::to_string(i), boxed(expression(value), type_of(value), value));
      collect += std::string(star ? "fa_.add_star(p" : "fa_.add(p") + std::to_string(i) + "); ";
    }
    for (uint32_t i = 0; i < c->keywords.size(); ++i) {
      const ast::Keyword* keyword = c->keywords[i];
      operands.emplace_back("rt::Value k" + std::to_string(i), boxed(expression(keyword->value), type_of(keyword->value), keyword->value));
      collect += keyword->arg.data() ? "fa_.add_keyword(rt::Str::from_utf8(" + quoted(keyword->arg) + "), k" + std::to_string(i) + "); "
                                     : "fa_.add_double_star(k" + std::to_string(i) + "); ";
    }
    return sequenced(position(c), operands, "({ " + collect + "rt::str_format(self, fa_.args()); })");
  }
  std::string positional, keywords;
  for (uint32_t i = 0; i < c->args.size(); ++i) {
    const ast::Expr* e = c->args[i];
    std::string name = "p" + std::to_string(i);
    operands.emplace_back("rt::Value " + name, boxed(expression(e), type_of(e), e));
    positional += (i ? ", " : "") + name;
  }
  for (uint32_t i = 0; i < c->keywords.size(); ++i) {
    const ast::Keyword* keyword = c->keywords[i];
    if (!keyword->arg.data()) unsupported(keyword, "a **argument");
    std::string name = "k" + std::to_string(i);
    operands.emplace_back("rt::Value " + name, boxed(expression(keyword->value), type_of(keyword->value), keyword->value));
    keywords += std::string(i ? ", " : "") + "rt::KeywordArg{rt::Str::from_utf8(" + quoted(keyword->arg) + "), " + name + "}";
  }
  return sequenced(position(c), operands,
                   "({ std::array<rt::Value, " + std::to_string(c->args.size()) + "> args_{" + positional +
                       "}; std::array<rt::KeywordArg, " + std::to_string(c->keywords.size()) + "> kwargs_{" + keywords +
                       "}; rt::str_format(self, args_, kwargs_); })");
}

}  // namespace ingot::codegen
