// The native modules math, time and sys: their import statements (nothing
// to run: the functions are the runtime's, runtime/math_module.h,
// time_module.h, console.h), their constants, and calls of their functions,
// written `math.sqrt(x)`, `m.sqrt(x)` after `import math as m`, or
// `sqrt(x)` after `from math import sqrt`: the type analysis names each
// callee `module.function` (types/builtins.cpp).
#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {

using types::Kind;

namespace {

bool native_module(std::string_view name) {
  return name == "math" || name == "time" || name == "sys" || name == "_ingot_os" || name == "_ingot_os_path" || name == "_ingot_re" ||
         name == "_ingot_abc" || name == "_ingot_hash" || name == "_ingot_zlib" || name == "_ingot_copy" ||
         name == "_ingot_traceback" || name == "_ingot_gc" || name == "_ingot_unicodedata" ||
         name == "_ingot_thread";
}

bool is_integer(Kind kind) { return kind == Kind::Int || kind == Kind::Bool; }
bool is_number(Kind kind) { return is_integer(kind) || kind == Kind::Float; }

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
}

// The math functions of one float argument with a runtime namesake.
constexpr std::string_view kFloatFunctions[] = {
    "sqrt",  "cbrt",  "exp", "exp2", "expm1", "log1p", "sin",   "cos",    "tan",     "asin",  "acos", "atan",
    "sinh",  "cosh",  "tanh", "asinh", "acosh", "atanh", "erf",  "erfc",  "gamma",   "lgamma", "fabs", "degrees",
    "radians", "ulp"};
constexpr std::string_view kFloatPairFunctions[] = {"atan2", "copysign", "fmod", "remainder", "pow", "nextafter"};

// Python's name of a value's class, for TypeErrors.
std::string python_type_name(const types::TypeTable& table, types::TypeId type) {
  switch (table.kind(type)) {
    case Kind::Str: return "str";
    case Kind::Bytes: return "bytes";
    case Kind::ByteArray: return "bytearray";
    case Kind::List: return "list";
    case Kind::Dict: return "dict";
    case Kind::Set: return "set";
    case Kind::Tuple:
    case Kind::TupleOf: return "tuple";
    case Kind::None: return "NoneType";
    case Kind::Float: return "float";
    case Kind::Complex: return "complex";
    default: return table.format(type);
  }
}

}  // namespace

std::string Emitter::native_call(const ast::Call* c) {
  auto* method = ast::as<ast::Attribute>(c->func);
  if (method) {
    types::TypeId receiver = type_of(method->value);
    if (kind_of(receiver) == Kind::Str) return str_method(c, method);  // strings.cpp
    if (kind_of(receiver) == Kind::Bytes) return bytes_method(c, method);
    if (kind_of(receiver) == Kind::ByteArray) return bytearray_method(c, method);  // bytearray.cpp
    if (kind_of(receiver) == Kind::File) return file_method(c, method);  // files.cpp
    const types::Type& t = program_.table.get(receiver);
    if (std::string b = bytes_class_method(c, method); !b.empty()) return b;  // strings.cpp
    if (std::string b = builtin_class_method(c, method); !b.empty()) return b;  // builtin_class_methods.cpp
    if (t.kind == Kind::Builtin && types::builtin_name(t.a) == "int" && method->attr == "from_bytes")
      return int_from_bytes(c);  // numbers.cpp
    if (is_number(kind_of(receiver)))
      if (std::string n = number_method(c, method); !n.empty()) return n;  // numbers.cpp
    if (kind_of(receiver) == Kind::Complex) return complex_method(c, method);  // complex.cpp
    const types::Type& owner = program_.table.get(receiver);
    if (owner.kind == Kind::Module && native_module(program_.table.module_name(owner.a)))
      return module_call(c, std::string(program_.table.module_name(owner.a)) + "." + std::string(method->attr));
  }
  const types::Type& type = program_.table.get(type_of(c->func));
  if (type.kind != Kind::Builtin) return "";
  std::string_view name = types::builtin_name(type.a);
  if (name.find('.') != std::string_view::npos) return module_call(c, name);
  if (name == "open") return open_call(c);                          // files.cpp
  if (std::string s = str_builtin(c, name); !s.empty()) return s;  // strings.cpp
  if (std::string z = complex_builtin(c, name); !z.empty()) return z;  // complex.cpp
  return number_builtin(c, name);                                   // numbers.cpp
}

void Emitter::import_statement(const ast::Stmt* s) {
  if (auto* i = ast::as<ast::Import>(s)) {
    for (const ast::Alias* alias : i->names) {
      if (program_import(alias, s)) continue;  // imports.cpp
      // The module is the runtime's: binding the name needs no code.
      if (!native_module(alias->name)) unsupported(alias, "importing the module '" + std::string(alias->name) + "'");
      mark_bound(alias->asname.data() ? alias->asname : alias->name);  // imports.cpp
    }
    return;
  }
  auto* from = static_cast<const ast::ImportFrom*>(s);
  if (program_import(from)) return;  // imports.cpp
  if (from->level != 0 || !from->module.data() || (!native_module(from->module) && from->module != "builtins"))
    unsupported(s, "importing from this module");
  for (const ast::Alias* alias : from->names) {
    if (alias->name == "*") unsupported(alias, "import *");
    std::string_view bound = alias->asname.data() ? alias->asname : alias->name;
    const sema::Symbol* found = symbols_->lookup(*current_->scope, bound);
    if (!found) unsupported(alias, "this import");
    // Functions are resolved at their calls; constants are stored.
    bool never_stored = found->is_global() && !program_.globals[module_id_].count(found->name);
    types::TypeId type = never_stored ? types::kBottom : symbol_type(*found, alias);
    Kind kind = kind_of(type);
    if (kind == Kind::Bottom) {
      mark_bound(bound);
      continue;
    }
    // A function (`from math import exp as _exp`) is its builtin object (builtin_values.cpp).
    std::string value = kind == Kind::Builtin ? builtin_object(type, alias) : module_constant(from->module, alias->name);
    if (value.empty() || !representable(type)) unsupported(alias, "importing this name");
    line(store_symbol(*found, alias, value));  // a class body's name too
  }
}

std::string Emitter::module_constant(std::string_view module, std::string_view name) {
  if (module == "_ingot_os") return os_constant(module, name);  // os_module.cpp
  if (module == "math") {
    if (name == "pi" || name == "e" || name == "tau") return "rt::math::" + std::string(name);
    if (name == "inf") return "double(INFINITY)";
    if (name == "nan") return "double(NAN)";
  }
  if (module == "sys") {
    if (name == "maxsize") return "rt::Int(INT64_MAX)";
    if (name == "maxunicode") return "rt::Int(0x10FFFF)";
    if (name == "path") return "rt::sys::path(ingot_argv)";
    if (name == "version" || name == "platform" || name == "byteorder" || name == "version_info" ||
        name == "float_info" || name == "int_info" || name == "hash_info")
      return "rt::sys::" + std::string(name) + "()";  // runtime/sys_module.h
    if (name == "argv") return "ingot_argv";
    if (name == "modules") return "ingot_sys_modules_read()";  // imports.cpp
    if (std::string stream = std_stream(module, name); !stream.empty()) return stream;  // std_streams.cpp
  }
  return "";
}

std::string Emitter::module_attribute(const ast::Attribute* a) {
  const types::Type& owner = program_.table.get(type_of(a->value));
  if (owner.kind == Kind::Builtin && a->attr == "__name__") {
    // int.__name__, type(x).__name__: the class's name, after evaluating
    // what type() is asked about.
    std::string_view builtin = types::builtin_name(owner.a);  // math.cos: cos
    std::string name = "rt::Str::from_ascii(" + quoted(builtin.substr(builtin.rfind('.') + 1)) + ")";
    auto* call = ast::as<ast::Call>(a->value);
    if (!call) return name;
    if (call->args.size() != 1 || !call->keywords.empty() || call->args[0]->kind == ast::Kind::Starred) return "";
    // set and frozenset share one type: the object knows which it is.
    if (builtin == "set" && kind_of(type_of(call->args[0])) == Kind::Set)
      return "rt::Str::from_utf8(" + expression(call->args[0]) + ".object()->header.type->name)";
    return "((void)" + expression(call->args[0]) + ", " + name + ")";
  }
  if (std::string m = read_module_attribute(a); !m.empty()) return m;  // imports.cpp
  if (owner.kind == Kind::Complex) return complex_attribute(a);  // complex.cpp
  if (owner.kind != Kind::Module) return number_attribute(a);  // numbers.cpp
  return module_constant(program_.table.module_name(owner.a), a->attr);
}

// The value of a call whose Python type the analysis may not know (sys's
// functions are dyn to it): `value` of type `from`, as the call's type.
std::string Emitter::call_result(const ast::Call* c, const std::string& value, types::TypeId from) {
  types::TypeId to = type_of(c);
  if (to == from) return value;
  if (kind_of(to) == Kind::Dyn) return boxed(value, from, c);
  return convert(value, from, to, c);
}

// `({ evaluate the arguments; raise TypeError })` for an argument of a
// type CPython rejects, with the call's result type.
std::string Emitter::rejected_argument(const ast::Call* c, const std::string& raise) {
  std::vector<std::pair<std::string, std::string>> operands;
  for (uint32_t i = 0; i < c->args.size(); ++i)
    operands.emplace_back("auto x" + std::to_string(i), expression(c->args[i]));
  std::string result = cxx_type(type_of(c), c) + "()";
  return sequenced(position(c), operands, raise + "; " + result);
}

std::string Emitter::module_call(const ast::Call* c, std::string_view qualified) {
  size_t dot = qualified.rfind('.');
  std::string_view module = qualified.substr(0, dot), name = qualified.substr(dot + 1);
  if (module == "_ingot_os" || module == "_ingot_os_path") return os_call(c, module, name);  // os_module.cpp
  if (module == "_ingot_re") return re_call(c, name);  // re_module.cpp
  if (module == "_ingot_copy") return copy_core_call(c, name);  // copy_core.cpp
  if (module == "_ingot_hash" || module == "_ingot_zlib" || module == "_ingot_traceback" || module == "_ingot_gc" ||
      module == "_ingot_unicodedata" || module == "_ingot_thread")
    return byte_core_call(c, module, name);  // byte_cores.cpp
  if (module == "_ingot_abc" && name == "register") {
    // abc's registry (runtime/abc_registry.h) takes both classes boxed.
    auto boxed_class = [&](size_t, const ast::Expr* e) { return Operand{"rt::Value", boxed(expression(e), type_of(e), e)}; };
    return with_arguments(c, bind_arguments(c, {"abc", "subclass"}, 2), {}, boxed_class, position(c), "rt::abc_register(a0, a1)");
  }
  int pos = position(c);
  // Known at run time only (dyn, unions): the runtime converts as CPython.
  auto dynamic = [&](const ast::Expr* e) { return kind_of(type_of(e)) == Kind::Dyn || kind_of(type_of(e)) == Kind::Union; };
  auto float_arg = [&](size_t, const ast::Expr* e) {
    if (dynamic(e)) return Operand{"double", "rt::math::to_float(" + boxed(expression(e), type_of(e), e) + ")"};
    return typed_operand(e, types::kFloat);
  };
  auto int_arg = [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kInt); };
  // The first argument CPython's float conversion (int conversion) rejects.
  auto not_real = [&]() -> std::string {
    for (const ast::Expr* e : c->args) {
      Kind k = kind_of(type_of(e));
      if (!is_number(k) && k != Kind::Dyn && k != Kind::Union)
        return rejected_argument(c, "rt::math::raise_not_real(\"" + python_type_name(program_.table, type_of(e)) + "\")");
    }
    return "";
  };
  auto not_integer = [&]() -> std::string {
    for (const ast::Expr* e : c->args) {
      Kind k = kind_of(type_of(e));
      if (!is_integer(k) && k != Kind::Dyn)
        return rejected_argument(c, "rt::math::raise_not_integer(\"" + python_type_name(program_.table, type_of(e)) + "\")");
    }
    return "";
  };

  if (module == "math") {
    std::string function = "rt::math::" + std::string(name);
    for (std::string_view f : kFloatFunctions)
      if (name == f) {
        if (auto bad = not_real(); !bad.empty()) return bad;
        return with_arguments(c, bind_arguments(c, {"x"}, 1, 1), {}, float_arg, pos, function + "(a0)");
      }
    for (std::string_view f : kFloatPairFunctions)
      if (name == f) {
        if (auto bad = not_real(); !bad.empty()) return bad;
        return with_arguments(c, bind_arguments(c, {"x", "y"}, 2, 2), {}, float_arg, pos, function + "(a0, a1)");
      }
    if (one_of(name, {"log", "log2", "log10"})) {
      if (auto bad = not_real(); !bad.empty()) return bad;
      auto bound = bind_arguments(c, {"x", "base"}, 1, name == "log" ? 2 : 1);
      // An int is taken exactly: log(10**400) has a value.
      auto operand = [&](size_t, const ast::Expr* e) {
        return typed_operand(e, is_integer(kind_of(type_of(e))) ? types::kInt : types::kFloat);
      };
      std::string body = function + "(a0)";
      if (bound[1]) body = "rt::math::log_base(" + body + ", " + function + "(a1))";
      return with_arguments(c, bound, {}, operand, pos, body);
    }
    if (one_of(name, {"floor", "ceil", "trunc"})) {
      if (c->args.size() == 1 && c->keywords.empty() && has_instances(type_of(c->args[0])) && !is_value(type_of(c->args[0]))) {
        // An instance's __floor__ (__ceil__, __trunc__); without it the
        // run-time function raises CPython's TypeError.
        types::TypeId type = type_of(c->args[0]);
        std::string code = dunder_call(c, type, expression(c->args[0]), "__" + std::string(name) + "__", {}, type_of(c),
                                       [&](const std::string&) -> Typed {
                                         return {function + "(" + box_value("dso_", type) + ")", types::kInt};
                                       });
        return sequenced(pos, {}, code);
      }
      if (auto bad = not_real(); !bad.empty()) return bad;
      auto bound = bind_arguments(c, {"x"}, 1, 1);
      if (is_integer(kind_of(type_of(bound[0])))) return convert(expression(bound[0]), type_of(bound[0]), types::kInt, c);
      if (dynamic(bound[0]))
        return with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) {
          return Operand{"rt::Value", boxed(expression(e), type_of(e), e)};
        }, pos, function + "(a0)");
      return with_arguments(c, bound, {}, float_arg, pos, function + "(a0)");
    }
    if (one_of(name, {"isnan", "isinf", "isfinite"})) {
      if (auto bad = not_real(); !bad.empty()) return bad;
      return with_arguments(c, bind_arguments(c, {"x"}, 1, 1), {}, float_arg, pos, "std::" + std::string(name) + "(a0)");
    }
    if (name == "ldexp") {
      auto bound = bind_arguments(c, {"x", "i"}, 2, 2);
      if (!is_number(kind_of(type_of(bound[0]))) || !is_integer(kind_of(type_of(bound[1])))) return "";
      return with_arguments(c, bound, {},
                            [&](size_t i, const ast::Expr* e) { return typed_operand(e, i ? types::kInt : types::kFloat); },
                            pos, "rt::math::ldexp(a0, a1)");
    }
    if (name == "modf" || name == "frexp") {
      if (auto bad = not_real(); !bad.empty()) return bad;
      std::string body = name == "modf" ? "({ auto p = rt::math::modf(a0); rt::Tuple<double, double>{p.fractional, p.integral}; })"
                                        : "({ auto p = rt::math::frexp(a0); rt::Tuple<double, rt::Int>{p.mantissa, p.exponent}; })";
      return with_arguments(c, bind_arguments(c, {"x"}, 1, 1), {}, float_arg, pos, body);
    }
    if (name == "isclose") {
      if (auto bad = not_real(); !bad.empty()) return bad;
      auto bound = bind_arguments(c, {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
      return with_arguments(c, bound, {}, float_arg, pos,
                            "rt::math::isclose(a0, a1, " + std::string(bound[2] ? "a2" : "1e-09") + ", " +
                                (bound[3] ? "a3" : "0.0") + ")");
    }
    if (name == "hypot") {
      if (auto bad = not_real(); !bad.empty()) return bad;
      std::vector<std::string_view> params;
      static const std::string_view kNames[] = {"x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7"};
      if (c->args.size() > std::size(kNames)) return "";
      std::string items;
      for (uint32_t i = 0; i < c->args.size(); ++i) {
        params.push_back(kNames[i]);
        items += (i ? ", a" : "a") + std::to_string(i);
      }
      return with_arguments(c, bind_arguments(c, params, params.size(), params.size()), {}, float_arg, pos,
                            "rt::math::hypot({" + items + "})");
    }
    if (name == "dist") {
      auto bound = bind_arguments(c, {"p", "q"}, 2, 2);
      return with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return float_vector(e); }, pos,
                            "rt::math::dist(a0, a1)");
    }
    if (name == "fsum") {
      auto bound = bind_arguments(c, {"seq"}, 1, 1);
      return with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return float_vector(e); }, pos,
                            "({ rt::math::Fsum s; for (double x : a0) s.add(x); s.result(); })");
    }
    if (name == "prod") {
      auto bound = bind_arguments(c, {"iterable", "start"}, 1, 1);
      types::TypeId result = type_of(c);
      std::string product = cxx_type(result, c);
      std::string start = bound[1] ? convert(expression(bound[1]), type_of(bound[1]), result, c)
                                   : convert("rt::Int(1)", types::kInt, result, c);
      // Numbers of one kind multiply in place; a mix (int | float, or
      // instances with __mul__) goes through the operator's dispatch.
      bool same = is_number(kind_of(result));
      types::TypeId item;
      std::string loop = for_each_item(bound[0], item, [&](const std::string& x) {
        return "p_ = " + (same ? "p_ * " + convert(x, item, result, c)
                               : binary_op(c, ast::Operator::Mult, result, "p_", item, x, result)) + ";";
      });
      return "[&]() -> " + product + " { " + product + " p_ = " + start + "; " + loop + " return p_; }()";
    }
    if (one_of(name, {"gcd", "lcm"})) {
      if (auto bad = not_integer(); !bad.empty()) return bad;
      std::vector<std::pair<std::string, std::string>> operands;
      std::string fold = name == "gcd" ? "rt::Int(0)" : "rt::Int(1)";
      for (uint32_t i = 0; i < c->args.size(); ++i) {
        if (c->args[i]->kind == ast::Kind::Starred) unsupported(c->args[i], "a *argument");
        operands.emplace_back("rt::Int a" + std::to_string(i), convert(expression(c->args[i]), type_of(c->args[i]), types::kInt, c->args[i]));
        fold = function + "(" + fold + ", a" + std::to_string(i) + ")";
      }
      if (!c->keywords.empty()) unsupported(c, "a keyword argument of " + std::string(name) + "()");
      return sequenced(pos, operands, fold);
    }
    if (one_of(name, {"factorial", "isqrt"})) {
      if (auto bad = not_integer(); !bad.empty()) return bad;
      return with_arguments(c, bind_arguments(c, {"n"}, 1, 1), {}, int_arg, pos, function + "(a0)");
    }
    if (name == "comb" || name == "perm") {
      auto bound = bind_arguments(c, {"n", "k"}, name == "comb" ? 2 : 1, 2);
      if (auto bad = not_integer(); !bad.empty()) return bad;
      return with_arguments(c, bound, {}, int_arg, pos, function + (bound[1] ? "(a0, a1)" : "(a0)"));
    }
    return "";
  }

  if (module == "time") {
    if (one_of(name, {"time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns", "process_time",
                      "process_time_ns"})) {
      bind_arguments(c, {}, 0);
      return "rt::time::" + std::string(name) + "()";
    }
    if (name == "sleep") {
      if (auto bad = not_real(); !bad.empty()) return bad;
      return with_arguments(c, bind_arguments(c, {"secs"}, 1, 1), {}, float_arg, pos, "rt::time::sleep(a0)");
    }
    // The calendar functions take their arguments boxed (a timestamp of
    // any numeric type or None, a tuple) and check them as CPython does.
    auto boxed_arg = [&](size_t, const ast::Expr* e) { return Operand{"rt::Value", boxed(expression(e), type_of(e), e)}; };
    auto optional = [&](const std::vector<const ast::Expr*>& bound, size_t i) {
      return bound[i] ? "a" + std::to_string(i) : std::string("rt::Value::none()");
    };
    if (one_of(name, {"gmtime", "localtime", "ctime"})) {
      auto bound = bind_arguments(c, {"secs"}, 0, 1);
      types::TypeId result = name == "ctime" ? types::kStr : types::kDyn;
      return call_result(c, with_arguments(c, bound, {}, boxed_arg, pos, "rt::time::" + std::string(name) + "(" + optional(bound, 0) + ")"),
                         result);
    }
    if (name == "mktime") {
      auto bound = bind_arguments(c, {"t"}, 1, 1);
      return call_result(c, with_arguments(c, bound, {}, boxed_arg, pos, "rt::time::mktime(a0)"), types::kFloat);
    }
    if (name == "asctime") {
      auto bound = bind_arguments(c, {"t"}, 0, 1);
      return call_result(c, with_arguments(c, bound, {}, boxed_arg, pos, "rt::time::asctime(" + optional(bound, 0) + ")"),
                         types::kStr);
    }
    if (name == "strftime") {
      auto bound = bind_arguments(c, {"format", "t"}, 1, 2);
      if (kind_of(type_of(bound[0])) != Kind::Str) return "";
      auto operand = [&](size_t i, const ast::Expr* e) { return i ? boxed_arg(i, e) : typed_operand(e, types::kStr); };
      return call_result(c, with_arguments(c, bound, {}, operand, pos, "rt::time::strftime(a0, " + optional(bound, 1) + ")"),
                         types::kStr);
    }
    return "";
  }

  if (module == "sys") {
    if (name == "exit") {
      auto bound = bind_arguments(c, {"status"}, 0, 1);
      // sys.exit(None) raises SystemExit without args, as sys.exit() does.
      if (!bound[0]) return sequenced(pos, {}, "rt::raise(rt::exc::SystemExit)");
      return with_arguments(c, bound, {},
                            [&](size_t, const ast::Expr* e) { return Operand{"rt::Value", boxed(expression(e), type_of(e), e)}; },
                            pos, "if (a0.is_none()) rt::raise(rt::exc::SystemExit); rt::raise_with_arg(rt::exc::SystemExit, a0)");
    }
    if (name == "exc_info") {
      bind_arguments(c, {}, 0);
      return call_result(c, "rt::exc_info()", types::kDyn);  // runtime/exception_values.h
    }
    if (name == "getrecursionlimit") return call_result(c, "rt::Int(rt::recursion_limit())", types::kInt);
    if (name == "get_int_max_str_digits") return call_result(c, "rt::Int(rt::max_str_digits())", types::kInt);
    if (name == "setrecursionlimit" || name == "set_int_max_str_digits") {
      auto bound = bind_arguments(c, {"n"}, 1, 1);
      if (!is_integer(kind_of(type_of(bound[0])))) return "";
      std::string set = name == "setrecursionlimit" ? "rt::set_recursion_limit" : "rt::set_max_str_digits";
      return with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return ssize_operand(e); }, pos, set + "(a0)");
    }
  }
  return "";
}

// A sequence of numbers as a std::vector<double>: a tuple or list display,
// or a list of ints or floats.
Emitter::Operand Emitter::float_vector(const ast::Expr* e) {
  std::span<ast::Expr* const> items;
  if (auto* t = ast::as<ast::Tuple>(e)) items = t->elts;
  if (auto* l = ast::as<ast::List>(e)) items = l->elts;
  if (items.data() || e->kind == ast::Kind::Tuple || e->kind == ast::Kind::List) {
    std::string values;
    for (const ast::Expr* item : items) {
      if (!is_number(kind_of(type_of(item)))) unsupported(item, "an item that is not a number");
      values += (values.empty() ? "" : ", ") + convert(expression(item), type_of(item), types::kFloat, item);
    }
    return {"std::vector<double>", "std::vector<double>{" + values + "}"};
  }
  types::TypeId item;
  std::string loop = for_each_item(e, item, [&](const std::string& x) {
    return is_number(kind_of(item)) ? "v.push_back(" + convert(x, item, types::kFloat, e) + ");" : "";
  });
  if (!is_number(kind_of(item))) unsupported(e, "this sequence of numbers");
  return {"std::vector<double>", "[&] { std::vector<double> v; " + loop + " return v; }()"};
}

}  // namespace ingot::codegen
