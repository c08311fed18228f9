// Explicit dunder calls on builtin values (`s.__len__()`, `d.__contains__(k)`,
// `a.__lt__(b)`): each is the operation it implements, so the analysis types
// it as that operation (Inference::builtin_dunder_call) and code generation
// writes that operation (codegen/builtin_dunders.cpp). One table says which
// builtin types have which dunder and which argument kinds they take: for
// any other CPython's dunder returns NotImplemented, which the operator
// would then have tried the other operand for.
#include <algorithm>

#include "types/builtins.h"
#include "types/inference.h"

namespace ingot::types {
namespace {

using Op = BuiltinDunder::Op;

bool one_of(Kind k, std::initializer_list<Kind> kinds) { return std::find(kinds.begin(), kinds.end(), k) != kinds.end(); }

bool integer(Kind k) { return k == Kind::Int || k == Kind::Bool; }
bool number(Kind k) { return integer(k) || k == Kind::Float; }
bool sized(Kind k) {
  return one_of(k, {Kind::Str, Kind::Bytes, Kind::ByteArray, Kind::List, Kind::Dict, Kind::Set, Kind::Tuple, Kind::TupleOf,
                    Kind::Range});
}
bool sequence(Kind k) { return sized(k) && k != Kind::Dict && k != Kind::Set; }
bool tuple(Kind k) { return k == Kind::Tuple || k == Kind::TupleOf; }
bool bytes_like(Kind k) { return k == Kind::Bytes || k == Kind::ByteArray; }

// Whether the dunders of `self` that combine two values of one type (+,
// ==, <) take an operand of kind `other`.
bool same_type(Kind self, Kind other) {
  if (integer(self)) return integer(other);
  if (self == Kind::Float) return number(other);
  if (tuple(self)) return tuple(other);
  if (bytes_like(self)) return bytes_like(other);
  return self == other;
}

constexpr std::pair<std::string_view, ast::Operator> kBinary[] = {
    {"__add__", ast::Operator::Add},       {"__sub__", ast::Operator::Sub},           {"__mul__", ast::Operator::Mult},
    {"__truediv__", ast::Operator::Div},   {"__floordiv__", ast::Operator::FloorDiv}, {"__mod__", ast::Operator::Mod},
    {"__and__", ast::Operator::BitAnd},    {"__or__", ast::Operator::BitOr},          {"__xor__", ast::Operator::BitXor},
    {"__lshift__", ast::Operator::LShift}, {"__rshift__", ast::Operator::RShift},
};
constexpr std::pair<std::string_view, ast::CmpOperator> kCompare[] = {
    {"__eq__", ast::CmpOperator::Eq}, {"__ne__", ast::CmpOperator::NotEq}, {"__lt__", ast::CmpOperator::Lt},
    {"__le__", ast::CmpOperator::LtE}, {"__gt__", ast::CmpOperator::Gt},   {"__ge__", ast::CmpOperator::GtE},
};

// Whether `self` op `other` is the dunder's own work (not NotImplemented).
bool binary_takes(Kind self, ast::Operator op, Kind other) {
  using O = ast::Operator;
  if (number(self)) {  // a float has no bitwise operators
    bool bitwise = op == O::BitAnd || op == O::BitOr || op == O::BitXor || op == O::LShift || op == O::RShift;
    return same_type(self, other) && !(self == Kind::Float && bitwise);
  }
  if (op == O::Add) return sequence(self) && self != Kind::Range && same_type(self, other);
  if (op == O::Mult) return sequence(self) && self != Kind::Range && integer(other);
  if (op == O::Mod) return (self == Kind::Str || bytes_like(self)) && other != Kind::Instance && other != Kind::Dyn &&
                           other != Kind::Union;
  if (self == Kind::Set) return other == Kind::Set && (op == O::BitAnd || op == O::BitOr || op == O::BitXor || op == O::Sub);
  return self == Kind::Dict && other == Kind::Dict && op == O::BitOr;
}

bool compare_takes(Kind self, ast::CmpOperator op, Kind other) {
  // bytes compares with bytes only (bytearray's reflection answers the mix).
  if (!same_type(self, other) || (self == Kind::Bytes && other == Kind::ByteArray)) return false;
  bool equality = op == ast::CmpOperator::Eq || op == ast::CmpOperator::NotEq;
  return equality || (self != Kind::Dict && self != Kind::Range);
}

}  // namespace

std::optional<BuiltinDunder> builtin_dunder(Kind receiver, std::string_view name, size_t arity, Kind argument) {
  if (!name.starts_with("__") || has_builtin_method(receiver, name)) return std::nullopt;
  auto no_arguments = [&](Op op, bool has) -> std::optional<BuiltinDunder> {
    if (!has || arity != 0) return std::nullopt;
    return BuiltinDunder{op};
  };
  bool any = number(receiver) || sized(receiver);
  if (name == "__len__") return no_arguments(Op::Len, sized(receiver));
  if (name == "__iter__") return no_arguments(Op::Iter, sized(receiver));
  if (name == "__hash__")
    return no_arguments(Op::Hash, number(receiver) || one_of(receiver, {Kind::Str, Kind::Bytes, Kind::Tuple, Kind::TupleOf, Kind::Range}));
  if (name == "__bool__") return no_arguments(Op::Bool, number(receiver));
  if (name == "__repr__") return no_arguments(Op::Repr, any);
  if (name == "__str__") return no_arguments(Op::Str, any);
  if (arity != 1) return std::nullopt;
  if (name == "__contains__" && sized(receiver)) return BuiltinDunder{Op::Contains};
  if (name == "__getitem__" && (receiver == Kind::Dict || (sequence(receiver) && integer(argument))))
    return BuiltinDunder{Op::GetItem};
  if (name == "__format__" && any && argument == Kind::Str) return BuiltinDunder{Op::Format};
  for (auto [dunder, op] : kBinary)
    if (dunder == name && binary_takes(receiver, op, argument)) return BuiltinDunder{Op::Binary, op};
  for (auto [dunder, op] : kCompare)
    if (dunder == name && compare_takes(receiver, op, argument)) return BuiltinDunder{Op::Compare, ast::Operator::Add, op};
  return std::nullopt;
}

// The type of the operation the dunder stands for.
std::optional<TypeId> Inference::builtin_dunder_call(TypeId receiver, std::string_view name, std::span<const Argument> args) {
  for (const Argument& a : args)
    if (!a.keyword.empty() || a.spread != Argument::Spread::None) return std::nullopt;
  TypeId argument = args.empty() ? kBottom : args[0].type;
  if (argument == kBottom && !args.empty()) return kBottom;  // called again once the argument has a type
  std::optional<BuiltinDunder> dunder = builtin_dunder(table().kind(receiver), name, args.size(), table().kind(argument));
  if (!dunder) return std::nullopt;
  switch (dunder->op) {
    case Op::Len:
    case Op::Hash:
      return kInt;
    case Op::Bool:
      return kBool;
    case Op::Contains:
      return compare(ast::CmpOperator::In, argument, receiver);
    case Op::GetItem:
      return subscript(receiver, argument, nullptr);
    case Op::Iter:
      iterate(receiver);
      return kDyn;  // a boxed iterator (rt::iter)
    case Op::Format:
    case Op::Str:
      stringify(receiver);
      return kStr;
    case Op::Repr:
      stringify(receiver, true);
      return kStr;
    case Op::Binary:
      return binary(dunder->binary, receiver, argument, nullptr);
    case Op::Compare:
      return compare(dunder->compare, receiver, argument);
  }
  return std::nullopt;
}

}  // namespace ingot::types
