// Builtin functions, builtin classes and the methods of builtin types, each
// described by one row of a table (builtins.cpp, builtin_methods.cpp): a
// name and the rule that gives the result type from the argument types.
// Adding a builtin is adding a row.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "ast/ast.h"
#include "types/type.h"

namespace ingot::ast {
struct Call;
struct Expr;
struct Node;
}  // namespace ingot::ast

namespace ingot::types {

class Inference;
class TypeTable;

// One argument of a call as the analysis sees it.
struct Argument {
  enum class Spread : uint8_t { None, Star, DoubleStar };  // f(x), f(*x), f(**x)
  Argument(TypeId type, const ast::Expr* expr = nullptr, std::string_view keyword = {}, Spread spread = Spread::None)
      : type(type), expr(expr), keyword(keyword), spread(spread) {}
  TypeId type = 0;
  const ast::Expr* expr = nullptr;  // null for arguments the analysis made up (self, dunder operands)
  std::string_view keyword;         // empty for a positional argument
  Spread spread = Spread::None;
};

// What a rule sees: the engine (to iterate, call, refine), and the arguments.
struct BuiltinCall {
  Inference& inference;
  TypeTable& table;
  std::span<const Argument> args;
  const ast::Node* site;
  BuiltinId id = 0;  // the builtin called (rows that share a rule)

  size_t positional() const;                         // count of plain positional arguments
  TypeId arg(size_t i) const;                        // i-th positional argument, kBottom if absent
  std::optional<TypeId> keyword(std::string_view name) const;
  bool spreads() const;                              // any *x or **x: arity is unknown
};

using BuiltinRule = TypeId (*)(BuiltinCall&);

// For rules: some argument is not known yet (the call has no value yet).
bool waiting(BuiltinCall& c);
// For rules: the arguments escape into a call the analysis cannot follow; dyn.
TypeId unknown(BuiltinCall& c);

// Constant: NotImplemented, the one builtin value that is not callable.
enum class BuiltinKind : uint8_t { Function, Class, Exception, Constant };

struct BuiltinInfo {
  std::string_view name;
  BuiltinKind kind;
  BuiltinRule rule;
  // Every call raises (sys.exit): code generation writes the call as a
  // statement, with no result to box.
  bool never_returns = false;
};

std::optional<BuiltinId> find_builtin(std::string_view name);
// The rows read from builtin classes (class_members.cpp): dict.fromkeys,
// then every method dir() lists for the classes the analysis types.
std::span<const BuiltinInfo> class_members();
bool is_unbound_method(const BuiltinInfo& info);
const BuiltinInfo& builtin_info(BuiltinId id);
std::string_view builtin_name(BuiltinId id);
// list(xs), tuple(xs), set(xs), frozenset(xs), sorted(xs): a new container
// of the argument's very items, whose types aliasing.cpp keeps shared.
bool copies_items(BuiltinId id);
// `module.name` for the standard modules the table knows (math.sqrt,
// sys.argv, ...); nullopt for any other (the value is then dyn).
std::optional<TypeId> module_attribute(TypeTable& table, std::string_view module, std::string_view name);
// `cls.name` for a builtin class: its methods read from the class
// (`str.lower`, `dict.fromkeys`) as builtins named cls.name; nullopt for others.
std::optional<TypeId> builtin_class_attribute(TypeTable& table, std::string_view cls, std::string_view name);
// For `str.lower`: the receiver's class ("str") and the method ("lower");
// nullopt for a builtin that is no method read from a builtin class.
std::optional<std::pair<std::string_view, std::string_view>> unbound_method(BuiltinId id);
// `str.upper(x)`: whether x, of kind `kind`, is an instance of the builtin
// class `cls` (a bool is an int), is not, or may be either (Maybe: set and
// frozenset share one kind).
enum class ReceiverFit : uint8_t { No, Yes, Maybe };
ReceiverFit builtin_receiver_fit(Kind kind, std::string_view cls);

// `object.__setattr__(obj, 'name', value)` (a __setattr__ storing past
// itself), `receiver` the type of `object`: the name; nullopt otherwise.
std::optional<std::string_view> raw_setattr_name(const ast::Call* call, const TypeTable& table, TypeId receiver);
// Whether `call` is object.__setattr__(obj, name, value), whatever the name.
bool is_raw_setattr(const ast::Call* call, const TypeTable& table, TypeId receiver);

// receiver.name(args) for a receiver of a builtin type (list, dict, str, ...);
// nullopt when the table has no such method (the call is then dyn).
// `receiver_expr` lets mutating methods refine the container (x.append(1)
// makes x a list[int]); it may be null.
std::optional<TypeId> call_builtin_method(BuiltinCall& call, TypeId receiver, std::string_view name,
                                          const ast::Expr* receiver_expr);
// Whether the method table has a row for that method of that kind.
bool has_builtin_method(Kind kind, std::string_view name);
// The binary operator a number's dunder method performs (`int.__mul__`,
// `x.__add__(y)` of an int or a float); nullopt for any other name.
std::optional<ast::Operator> number_dunder(std::string_view name);
// Whether that method of a number of kind `self` takes an operand of kind
// `other` (int's take ints, float's ints and floats); CPython's answer
// for any other is NotImplemented.
bool number_dunder_takes(Kind self, Kind other);

// x.__len__(), x.__contains__(y), x.__eq__(y), ... called explicitly on a
// builtin value: the operation the dunder stands for (builtin_dunders.cpp),
// which the analysis types and code generation writes as that operation.
struct BuiltinDunder {
  enum class Op : uint8_t { Len, Contains, GetItem, Iter, Hash, Bool, Format, Str, Repr, Binary, Compare };
  Op op;
  ast::Operator binary = ast::Operator::Add;
  ast::CmpOperator compare = ast::CmpOperator::Eq;
};
// nullopt when `receiver`'s type has no such dunder (AttributeError), when
// the arguments are not `arity` positional ones, when CPython's dunder
// returns NotImplemented for an argument of kind `argument` (kBottom kind
// when there is none), or when the method tables already know the name.
std::optional<BuiltinDunder> builtin_dunder(Kind receiver, std::string_view name, size_t arity, Kind argument);

}  // namespace ingot::types
