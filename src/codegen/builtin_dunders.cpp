// Explicit dunder calls on builtin values (`s.__len__()`, `d.__contains__(k)`,
// `xs.__add__(ys)`, `a.__lt__(b)`): the operation the dunder implements,
// as types/builtin_dunders.cpp's table says, on the receiver and argument
// evaluated in that order. What the table leaves out (NotImplemented, a
// dunder the type lacks) goes on to the method paths, which refuse it.
#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {

using types::Kind;

std::string Emitter::builtin_dunder_method(const ast::Call* c) {
  auto* method = ast::as<ast::Attribute>(c->func);
  if (!method || !method->attr.starts_with("__") || !c->keywords.empty()) return "";
  for (const ast::Expr* argument : c->args)
    if (argument->kind == ast::Kind::Starred) return "";
  types::TypeId receiver = type_of(method->value);
  types::TypeId argument = c->args.empty() ? types::kBottom : type_of(c->args[0]);
  std::optional<types::BuiltinDunder> dunder =
      types::builtin_dunder(kind_of(receiver), method->attr, c->args.size(), kind_of(argument));
  if (!dunder) return "";
  // Names of their own: the operation's code declares x_, c_, ... which
  // must not shadow what it reads.
  std::string id = std::to_string(temporaries_++);
  std::string self = "bdx" + id + "_", other = "bdy" + id + "_";
  std::vector<std::pair<std::string, std::string>> operands{{cxx_type(receiver, c) + " " + self, expression(method->value)}};
  if (!c->args.empty()) operands.emplace_back(cxx_type(argument, c) + " " + other, expression(c->args[0]));
  auto x = [&] { return boxed(self, receiver, c); };
  auto y = [&] { return boxed(other, argument, c); };
  std::string body;
  types::TypeId type = types::kDyn;
  using Op = types::BuiltinDunder::Op;
  switch (dunder->op) {
    case Op::Len:
      body = "rt::Int(rt::len(" + x() + "))", type = types::kInt;
      break;
    case Op::Hash:
      body = "rt::Int(rt::hash(" + x() + "))", type = types::kInt;
      break;
    case Op::Bool:
      body = truth_of(receiver, self, c), type = types::kBool;
      break;
    case Op::Contains:
      body = compare_op(c, ast::CmpOperator::In, argument, other, receiver, self), type = types::kBool;
      break;
    case Op::GetItem:
      body = "rt::getitem(" + x() + ", " + y() + ")";
      break;
    case Op::Iter:
      body = "rt::iter(" + x() + ")";
      break;
    case Op::Format:
      body = "rt::format(" + x() + ", " + other + ")", type = types::kStr;
      break;
    case Op::Str:
    case Op::Repr:
      body = str_of(self, receiver, c, dunder->op == Op::Repr), type = types::kStr;
      break;
    case Op::Binary:
      type = type_of(c);
      body = binary_op(c, dunder->binary, receiver, self, argument, other, type);
      break;
    case Op::Compare:
      body = compare_op(c, dunder->compare, receiver, self, argument, other), type = types::kBool;
      break;
  }
  // Parenthesised: `bool(x);` alone would declare x.
  return call_result(c, sequenced(position(c), operands, "(" + body + ")"), type);
}

}  // namespace ingot::codegen
