// Calls: print(...) and calls of the program's own functions, each bound to
// the specialisation the type analysis chose for the argument types.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

std::string Emitter::call(const ast::Call* c) {
  if (std::string b = builtin_value_call(c); !b.empty()) return b;  // builtin_values.cpp: f(2, 10) with f = pow
  if (is_function_call(c)) return function_call(c);  // function_values.cpp
  if (std::string k = class_call(c); !k.empty()) return k;  // attributes.cpp: classes, methods
  if (std::string u = class_union_call(c); !u.empty()) return u;  // class_unions.cpp: cls(...) of A | B
  if (std::string e = exception_call(c); !e.empty()) return e;  // exceptions.cpp
  if (std::string s = spread_builtin_call(c); !s.empty()) return s;  // spread_calls.cpp: range(*t), print(*xs)
  for (const ast::Expr* argument : c->args) {
    if (argument->kind != ast::Kind::Starred) continue;
    if (std::string s = str_spread_method(c); !s.empty()) return s;  // strings.cpp: fmt.format(*a), str.maketrans(*a)
    if (is_instance_receiver(type_of(c->func))) return instance_method_call(c, c->func, "__call__");  // attributes.cpp
    if (std::string d = dynamic_call(c); !d.empty()) return d;  // dynamic.cpp: obj.method(*args) on a Value
    unsupported(argument, "a *argument");
  }
  if (std::string g = generator_call(c); !g.empty()) return g;  // generators.cpp: next(g), g.send(v), ...
  if (std::string m = module_builtin(c); !m.empty()) return m;  // imports.cpp: dir(m), getattr(m, 'x'), ...
  if (std::string d = builtin_dunder_method(c); !d.empty()) return d;  // builtin_dunders.cpp: s.__len__()
  if (std::string n = native_call(c); !n.empty()) return n;  // modules.cpp
  if (auto m = container_method(c)) return *m;  // container_methods.cpp
  types::TypeId callee = type_of(c->func);
  // A union of instances (`action(...)` with action: Store | Count): each
  // class's __call__ typed, as the analysis called them (attributes.cpp).
  if (kind_of(callee) == Kind::Union && is_instance_receiver(callee)) return instance_method_call(c, c->func, "__call__");
  if (std::string d = dynamic_call(c); !d.empty()) return d;
  const types::Type& type = program_.table.get(callee);
  if (type.kind == Kind::Builtin && c->func->kind == ast::Kind::Name) {
    std::string_view name = static_cast<const ast::Name*>(c->func)->id;
    if (name == "print") return print_call(c);
    if (name == "object" && c->args.empty() && c->keywords.empty())  // a sentinel: its identity is all it has
      return convert("rt::new_object()", types::kDyn, type_of(c), c);
    if (name == "callable") return callable_call(c);  // builtin_values.cpp
    if (name == "issubclass")
      if (std::string s = issubclass_call(c); !s.empty()) return s;  // builtin_values.cpp
    if (auto b = container_builtin(c, name)) return *b;  // container_methods.cpp
    if (std::string i = introspection_call(c, name); !i.empty()) return i;  // introspection.cpp
    if (std::string v = namespace_call(c, name); !v.empty()) return v;  // namespaces.cpp
    return conversion_call(c, name);
  }
  if (is_instance_receiver(callee)) return instance_method_call(c, c->func, "__call__");  // attributes.cpp
  // Anything else (a str, an int: what a branch the analysis could not rule
  // out calls) is called boxed, which raises CPython's "not callable".
  if (!representable(callee) || type.kind == Kind::Builtin) unsupported(c, "this call");
  return convert(generic_call(c, nullptr, ""), types::kDyn, type_of(c), c);
}

std::string Emitter::print_call(const ast::Call* c) {
  // The items, then the keyword values, in order; only then are the items
  // converted with str(), as CPython's print does (`print(log, f(), log)`
  // shows what f appended to log, twice).
  std::vector<std::pair<std::string, std::string>> operands;
  std::string items, spread;  // spread: print(*xs), the items appended to ps_ in order
  for (uint32_t i = 0; i < c->args.size(); ++i) {
    const ast::Expr* argument = c->args[i];
    std::string name = "i" + std::to_string(i) + "_";
    if (auto* starred = ast::as<ast::Starred>(argument)) {
      // Unpacked when evaluated (a generator runs then), converted later.
      types::TypeId iterable = type_of(starred->value), item = stored_item_type(iterable, starred);
      std::string cxx = element_cxx(item, starred);
      operands.emplace_back("auto " + name, "rt::List<" + cxx + ">::from_range(" +
                                                iteration(expression(starred->value), iterable) + ")");
      spread += "for (" + cxx + " x_ : " + name + ") ps_.append(" + str_of("x_", item, starred) + "); ";
      continue;
    }
    // A call of a None-returning function may be a C++ void expression.
    if (kind_of(type_of(argument)) == Kind::None)
      operands.emplace_back("rt::Value " + name, "((void)(" + expression(argument) + "), rt::Value::none())");
    else
      operands.emplace_back("auto " + name, expression(argument));
    items += (items.empty() ? "" : ", ") + str_of(name, type_of(argument), argument);
    spread += "ps_.append(" + str_of(name, type_of(argument), argument) + "); ";
  }
  std::string sep = "rt::Str::from_ascii(\" \")", end = "rt::Str::from_ascii(\"\\n\")", stream = "stdout";
  bool flush = false;
  for (const ast::Keyword* keyword : c->keywords) {
    std::string arg(keyword->arg.data() ? keyword->arg : "**");
    auto* constant = ast::as<ast::Constant>(keyword->value);
    bool none = constant && constant->value.kind == ast::Value::Kind::None;  // the default
    if ((arg == "sep" || arg == "end") && !none) {
      std::string value = expression(keyword->value);
      if (kind_of(type_of(keyword->value)) != Kind::Str) {
        // Checked at run time: None is the default, anything else but a str CPython's TypeError.
        std::string fallback = arg == "sep" ? sep : end;
        value = "({ rt::Value b_ = " + boxed(value, type_of(keyword->value), keyword) + "; rt::Str s_ = " + fallback +
                "; if (rt::is_a(b_, rt::str_type)) s_ = b_.as_str(); else if (!b_.is_none()) { pos_ = " +
                std::to_string(position(c)) + "; rt::raise(rt::exc::TypeError, std::string(" +
                quoted(arg + " must be None or a string, not ") + ") + std::string(rt::type_name(b_))); } s_; })";
      }
      operands.emplace_back("rt::Str " + arg + "_", value);
      (arg == "sep" ? sep : end) = arg + "_";
    } else if (arg == "file" && !none && kind_of(type_of(keyword->value)) == Kind::File) {
      // A file (files.cpp; sys.stdout and sys.stderr are files too, until the program assigns them).
      operands.emplace_back("auto file_", expression(keyword->value));
      stream = "file";
    } else if (arg == "file" && !none) {
      // Anything else, boxed: an object of the program's with a write
      // method, None (sys.stdout) from a variable, a dyn that may be either
      // or a file (runtime/sys_streams.h).
      operands.emplace_back("rt::Value file_", boxed(expression(keyword->value), type_of(keyword->value), keyword));
      stream = "object";
    } else if (arg == "flush") {
      operands.emplace_back("bool flush_", truth(keyword->value));
      flush = true;
    } else if (!none) {
      unsupported(keyword, "this argument of print()");
    }
  }
  if (stream == "stdout" && std_stream_replaced("stdout")) {
    // The program assigns sys.stdout: print() writes to what it holds (std_streams.cpp).
    operands.emplace_back("rt::Value file_", "rt::sys_stream(1)");
    stream = "object";
  }
  std::string call = (stream == "file"     ? "rt::print_file(file_, {"
                      : stream == "object" ? "rt::print_to(file_, {"
                                           : "rt::print({") +
                     items + "}, " + sep + ", " + end + ")";
  bool spreads = std::any_of(c->args.begin(), c->args.end(), [](const ast::Expr* a) { return a->kind == ast::Kind::Starred; });
  if (spreads)
    call = "rt::List<rt::Str> ps_; " + spread +
           (stream == "file"     ? "rt::print_file_items(file_, "
            : stream == "object" ? "rt::print_to_items(file_, "
                                 : "rt::print_items(") +
           "ps_.span(), " + sep + ", " + end + ")";
  if (flush && stream == "stdout") call += "; if (flush_) rt::flush_stdout()";
  if (flush && stream == "file") call += "; if (flush_) rt::file_flush(file_)";
  if (flush && stream == "object") call += "; if (flush_) rt::flush_to(file_)";
  return sequenced(-1, operands, call);
}

std::string Emitter::conversion_call(const ast::Call* c, std::string_view name) {
  if (name == "type" && c->args.size() == 3)  // the form driver/type_calls.h writes as a class statement is gone by now
    unsupported(c, "type() with three arguments, other than `Name = type('Name', (bases), {'attr': value})` at module level");
  if (c->args.size() != 1 || !c->keywords.empty()) unsupported(c, "this call of " + std::string(name) + "()");
  const ast::Expr* argument = c->args[0];
  types::TypeId type = type_of(argument);
  Kind kind = kind_of(type);
  std::string value = expression(argument);
  std::string cxx = cxx_type(type, argument);
  // Conversions that can raise (a str that is no number, a float that is
  // inf or nan) name the call in a traceback.
  auto raising = [&](const std::string& body) { return sequenced(position(c), {{cxx + " x", value}}, body); };
  // An argument that never gives a value (an attribute of a class nothing
  // instantiates, read in a method only dynamic code could reach) raises
  // before the builtin runs: its result type is all the call needs.
  if (kind == Kind::Bottom) return "({ (void)" + value + "; rt::unreachable<" + cxx_type(type_of(c), c) + ">(); })";
  if (name == "str" || name == "repr") return "rt::" + std::string(name) + "(" + value + ")";
  if (name == "int") {
    switch (kind) {
      case Kind::Int: return value;
      case Kind::Bool: return "rt::as_int(" + value + ")";
      case Kind::Float: return raising("rt::int_from_float(x)");
      case Kind::Str: return raising("rt::int_from_string(x.view())");
      default: break;
    }
  }
  if (name == "float") {
    switch (kind) {
      case Kind::Float: return value;
      case Kind::Bool: return "double(" + value + ")";
      case Kind::Int: return raising("rt::to_double(x)");
      case Kind::Str: return raising("rt::float_from_string(x.view())");
      default: break;
    }
  }
  if (name == "abs") {
    switch (kind) {
      case Kind::Int: return "rt::abs(" + value + ")";
      case Kind::Bool: return "rt::as_int(" + value + ")";
      case Kind::Float: return "std::fabs(" + value + ")";
      default: break;
    }
  }
  if (name == "len" && kind == Kind::Str) return "rt::Int(" + value + ".length())";
  if (name == "len" && !has_instances(type) && kind != Kind::Bottom)  // len(5): CPython's TypeError from the dynamic len
    return convert(sequenced(position(c), {{"rt::Value v_", box_value(value, type)}}, "rt::Int(rt::len(v_))"), types::kInt,
                   type_of(c), c);
  unsupported(c, "this call of " + std::string(name) + "()");
}

}  // namespace ingot::codegen
