// Calls: print(...) and calls of the program's own functions, each bound to
// the specialisation the type analysis chose for the argument types.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

std::string Emitter::call(const ast::Call* c) {
  for (const ast::Expr* argument : c->args)
    if (argument->kind == ast::Kind::Starred) unsupported(argument, "a *argument");
  types::TypeId callee = type_of(c->func);
  const types::Type& type = program_.table.get(callee);
  if (type.kind == Kind::Builtin && c->func->kind == ast::Kind::Name) {
    std::string_view name = static_cast<const ast::Name*>(c->func)->id;
    if (name == "print") return print_call(c);
    if (name == "sum") return sum_call(c);
    return conversion_call(c, name);
  }
  if (type.kind == Kind::Function && c->func->kind == ast::Kind::Name && type.b == types::kNoSpec)
    return user_call(c, type.a);
  unsupported(c, "this call");
}

std::string Emitter::print_call(const ast::Call* c) {
  std::string items;
  for (const ast::Expr* argument : c->args) {
    Kind kind = kind_of(type_of(argument));
    if (kind != Kind::Bool && kind != Kind::Int && kind != Kind::Float && kind != Kind::Str)
      unsupported(argument, "printing a '" + program_.table.format(type_of(argument)) + "'");
    items += (items.empty() ? "" : ", ") + std::string(kind == Kind::Str ? "" : "rt::str") + "(" +
             expression(argument) + ")";
  }
  std::string sep = "rt::Str::from_ascii(\" \")", end = "rt::Str::from_ascii(\"\\n\")";
  for (const ast::Keyword* keyword : c->keywords) {
    bool is_sep = keyword->arg == "sep";
    if ((!is_sep && keyword->arg != "end") || kind_of(type_of(keyword->value)) != Kind::Str)
      unsupported(keyword, "this argument of print()");
    (is_sep ? sep : end) = expression(keyword->value);
  }
  return "rt::print({" + items + "}, " + sep + ", " + end + ")";
}

std::string Emitter::conversion_call(const ast::Call* c, std::string_view name) {
  if (c->args.size() != 1 || !c->keywords.empty()) unsupported(c, "this call of " + std::string(name) + "()");
  const ast::Expr* argument = c->args[0];
  types::TypeId type = type_of(argument);
  Kind kind = kind_of(type);
  std::string value = expression(argument);
  std::string cxx = cxx_type(type, argument);
  // Conversions that can raise (a str that is no number, a float that is
  // inf or nan) name the call in a traceback.
  auto raising = [&](const std::string& body) { return sequenced(position(c), {{cxx + " x", value}}, body); };
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
  if (name == "len" && kind == Kind::List) return "rt::Int(" + value + ".size())";
  unsupported(c, "this call of " + std::string(name) + "()");
}

std::string Emitter::sum_call(const ast::Call* c) {
  auto* generator = c->args.size() == 1 ? ast::as<ast::GeneratorExp>(c->args[0]) : nullptr;
  if (!generator || !c->keywords.empty() || generator->generators.size() != 1)
    unsupported(c, "this call of sum()");
  const ast::Comprehension* loop = generator->generators[0];
  types::TypeId result = type_of(c);
  if (kind_of(result) != Kind::Int && kind_of(result) != Kind::Float) unsupported(c, "a sum() that is not a number");
  auto* target = ast::as<ast::Name>(loop->target);
  if (!target || loop->is_async) unsupported(loop->target, "this generator target");
  // The first iterable is evaluated outside the generator's scope; the rest
  // inside it. Consumed on the spot, the generator is a plain loop.
  std::string range = range_value(loop->iter);
  const sema::Scope* outer = current_->scope;
  current_->scope = symbols_.scope_of(generator);
  std::string stored = store(target, convert("rt::Int(i_)", types::kInt, variable_type(target), target));
  std::string condition = "true";
  for (const ast::Expr* test : loop->ifs) condition += " && " + truth(test);
  std::string element = convert(expression(generator->elt), type_of(generator->elt), result, generator->elt);
  current_->scope = outer;
  std::string type = cxx_type(result, c);
  return "[&]() -> " + type + " { " + type + " sum_{}; rt::Range range_ = " + range +
         "; for (int64_t i_ : range_) { " + stored + " if (" + condition + ") sum_ = sum_ + " + element +
         "; } return sum_; }()";
}

types::SpecId Emitter::callee_spec(const ast::Call* c, types::FunctionId function) const {
  std::vector<types::TypeId> arguments;
  for (const ast::Expr* argument : c->args) arguments.push_back(type_of(argument));
  for (types::SpecId spec : program_.functions[function].specs)
    if (program_.spec(spec).args == arguments && !program_.spec(spec).on_dyn) return spec;
  unsupported(c, "a call the type analysis gave no specialisation");
}

std::string Emitter::user_call(const ast::Call* c, types::FunctionId function) {
  if (!c->keywords.empty()) unsupported(c->keywords[0], "a keyword argument");
  const types::FunctionInfo& info = program_.functions[function];
  check_function(info);
  if (c->args.size() != info.params.size()) unsupported(c, "a call with missing or extra arguments");
  types::SpecId spec = callee_spec(c, function);
  // The arguments are evaluated before pos_ names this call, so a traceback
  // line points at the call, as CPython's does.
  std::vector<std::pair<std::string, std::string>> operands;
  std::string forwarded;
  const auto& args = program_.spec(spec).args;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string name = "a" + std::to_string(i);
    operands.emplace_back(cxx_type(args[i], c) + " " + name, expression(c->args[i]));
    forwarded += (i ? ", " : "") + name;
  }
  return sequenced(position(c), operands, function_name(spec) + "(" + forwarded + ")");
}

}  // namespace ingot::codegen
