// Expressions the analysis typed bottom: they never give a value, because
// an operand never does (a variable nothing stores into, the element of an
// empty list, a call that always raises) or because the operation always
// raises (`max([])`). Python programs are never rejected for holding such
// code: the operands run in order up to the one that never gives a value,
// and that one raises (UnboundLocalError, the callee's exception) or, if
// the analysis was wrong and it did give a value, the program stops with
// SystemError instead of running on a value of no known type. A name
// the program never defines is read as NameError.
#include <algorithm>

#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

namespace {

// The operands Python evaluates before the operation itself, in order,
// whatever their values: those of a chained comparison or a boolean
// operator past the first may not run, so they are left out.
std::vector<const ast::Expr*> unconditional_operands(const ast::Expr* e) {
  switch (e->kind) {
    case ast::Kind::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      return {b->left, b->right};
    }
    case ast::Kind::UnaryOp: return {static_cast<const ast::UnaryOp*>(e)->operand};
    case ast::Kind::Compare: {
      auto* c = static_cast<const ast::Compare*>(e);
      return {c->left, c->comparators[0]};
    }
    case ast::Kind::BoolOp: return {static_cast<const ast::BoolOp*>(e)->values[0]};
    case ast::Kind::IfExp: return {static_cast<const ast::IfExp*>(e)->test};
    case ast::Kind::Attribute: return {static_cast<const ast::Attribute*>(e)->value};
    case ast::Kind::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(e);
      if (s->slice->kind == ast::Kind::Slice) return {s->value};
      return {s->value, s->slice};
    }
    case ast::Kind::Starred: return {static_cast<const ast::Starred*>(e)->value};
    case ast::Kind::NamedExpr: return {static_cast<const ast::NamedExpr*>(e)->value};
    case ast::Kind::FormattedValue: return {static_cast<const ast::FormattedValue*>(e)->value};
    case ast::Kind::JoinedStr: {
      auto* j = static_cast<const ast::JoinedStr*>(e);
      return {j->values.begin(), j->values.end()};
    }
    case ast::Kind::List:
    case ast::Kind::Tuple:
    case ast::Kind::Set: {
      std::span<ast::Expr* const> elts;
      if (auto* n = ast::as<ast::List>(e)) elts = n->elts;
      if (auto* n = ast::as<ast::Tuple>(e)) elts = n->elts;
      if (auto* n = ast::as<ast::Set>(e)) elts = n->elts;
      return {elts.begin(), elts.end()};
    }
    case ast::Kind::Call: {
      // The callee, then the arguments (keywords after the positional
      // ones, CPython's order unless a `*` follows a keyword).
      // Reading a callee's name or a method's receiver has no effect of
      // its own, and a method or builtin has no value to write.
      auto* c = static_cast<const ast::Call*>(e);
      std::vector<const ast::Expr*> out;
      if (auto* method = ast::as<ast::Attribute>(c->func)) out.push_back(method->value);
      else if (c->func->kind != ast::Kind::Name) out.push_back(c->func);
      for (const ast::Expr* a : c->args) out.push_back(a);
      for (const ast::Keyword* k : c->keywords) out.push_back(k->value);
      return out;
    }
    default: return {};
  }
}

// The names of CPython 3.11's builtins module: a global the program never
// binds that is not one of them raises NameError where it is read.
bool is_python_builtin(std::string_view name) {
  static const std::string_view kNames[] = {
      "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
      "chr", "classmethod", "compile", "complex", "copyright", "credits", "delattr", "dict", "dir", "divmod",
      "enumerate", "eval", "exec", "exit", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr",
      "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "license", "list",
      "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property",
      "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum",
      "super", "tuple", "type", "vars", "zip", "Ellipsis", "NotImplemented", "__build_class__", "__debug__",
      "__doc__", "__import__", "__loader__", "__name__", "__package__", "__spec__"};
  for (std::string_view n : kNames)
    if (n == name) return true;
  // The exception and warning classes.
  return name.ends_with("Error") || name.ends_with("Exception") || name.ends_with("Warning") ||
         name.ends_with("ExceptionGroup") || name == "GeneratorExit" || name == "KeyboardInterrupt" ||
         name == "StopIteration" || name == "StopAsyncIteration" || name == "SystemExit";
}

}  // namespace

std::string Emitter::undefined_name(const ast::Name* name) {
  const sema::Symbol* found = symbols_->lookup(*current_->scope, name->id);
  if (!found || !found->is_global() || is_class_symbol(*found) || program_.globals[module_id_].count(found->name) ||
      is_python_builtin(name->id))
    return "";
  return "({ pos_ = " + std::to_string(position(name)) + "; ingot_unbound(" + quoted(name->id) + ", true); rt::Value(); })";
}

std::string Emitter::unreached(const ast::Expr* e) {
  std::vector<const ast::Expr*> operands = unconditional_operands(e);
  auto never = std::find_if(operands.begin(), operands.end(),
                            [&](const ast::Expr* operand) { return kind_of(type_of(operand)) == Kind::Bottom; });
  if (never != operands.end()) {
    std::string out = "({ ";
    for (auto it = operands.begin(); it != never; ++it) out += "(void)" + expression(*it) + "; ";
    return out + "(void)" + expression(*never) + "; rt::unreachable<rt::Value>(); })";
  }
  auto* call = ast::as<ast::Call>(e);
  if (!call) return "";
  // A call of a local that never holds a value (its only store raises,
  // `function = args[0]` of an empty tuple): reached, the store did not run.
  if (auto* name = ast::as<ast::Name>(call->func); name && kind_of(type_of(name)) == Kind::Bottom)
    if (const sema::Symbol* local = symbols_->lookup(*current_->scope, name->id); local && local->is_local())
      return "({ pos_ = " + std::to_string(position(name)) + "; " + raise_unbound(*local) + "; rt::unreachable<rt::Value>(); })";
  // A call of one of the program's functions that never returns.
  if (kind_of(type_of(call->func)) == Kind::Function)
    return "({ " + function_call(call) + "; rt::unreachable<rt::Value>(); })";
  // A method of the program's classes that never returns (attributes.cpp).
  if (kind_of(type_of(call->func)) == Kind::BoundMethod)
    if (std::string m = class_call(call); !m.empty()) return "({ (void)" + m + "; rt::unreachable<rt::Value>(); })";
  // next(g) or g.send(v) of a generator that never yields (it raises
  // StopIteration, or ValueError when it is running): its items are Values.
  if (std::string g = generator_call(call); !g.empty()) return g;  // generators.cpp
  // divmod() of an instance whose class has no dunder for it: the TypeError (numbers.cpp).
  if (auto* name = ast::as<ast::Name>(call->func); name && name->id == "divmod" && is_builtin_value(type_of(call->func)))
    if (std::string d = number_builtin(call, "divmod"); !d.empty()) return "({ (void)" + d + "; rt::unreachable<rt::Value>(); })";
  return raising_builtin_call(call);
}

// A builtin the analysis saw always raise on these arguments (`max([])`,
// `sum(['a'], '')`): called through its value's dynamic entry
// (builtin_values.cpp), which raises CPython's error.
std::string Emitter::raising_builtin_call(const ast::Call* call) {
  types::TypeId callee = type_of(call->func);
  if (!is_builtin_value(callee) || !call->keywords.empty()) return "";
  std::vector<std::pair<std::string, std::string>> operands;
  std::string args;
  for (size_t i = 0; i < call->args.size(); ++i) {
    const ast::Expr* argument = call->args[i];
    if (argument->kind == ast::Kind::Starred) return "";
    std::string name = "a" + std::to_string(i) + "_";
    operands.emplace_back("rt::Value " + name, boxed(expression(argument), type_of(argument), argument));
    args += (i ? ", " : "") + name;
  }
  std::string object = builtin_object(callee, call);
  return sequenced(position(call), operands,
                   "({ const rt::Value args_[] = {" + (args.empty() ? "rt::Value()" : args) + "}; rt::call(rt::box(" +
                       object + "), std::span<const rt::Value>(args_, " + std::to_string(call->args.size()) + ")); })");
}

}  // namespace ingot::codegen
