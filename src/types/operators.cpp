// Operators, iteration and subscripts on types, with Python's result types
// (docs/types.md, "Operators"). A combination Python rejects with TypeError
// is dyn: the dyn operation raises CPython's error at run time.
#include "types/inference.h"
#include "types/sign.h"

namespace ingot::types {
namespace {

bool is_number(Kind k) { return k == Kind::Bool || k == Kind::Int || k == Kind::Float; }
bool is_integer(Kind k) { return k == Kind::Bool || k == Kind::Int; }

std::string_view dunder(ast::Operator op, bool reflected, bool in_place) {
  static constexpr std::string_view names[][3] = {
      {"__add__", "__radd__", "__iadd__"},          {"__sub__", "__rsub__", "__isub__"},
      {"__mul__", "__rmul__", "__imul__"},          {"__matmul__", "__rmatmul__", "__imatmul__"},
      {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__mod__", "__rmod__", "__imod__"},
      {"__pow__", "__rpow__", "__ipow__"},          {"__lshift__", "__rlshift__", "__ilshift__"},
      {"__rshift__", "__rrshift__", "__irshift__"}, {"__or__", "__ror__", "__ior__"},
      {"__xor__", "__rxor__", "__ixor__"},          {"__and__", "__rand__", "__iand__"},
      {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
  };
  return names[static_cast<int>(op)][in_place ? 2 : reflected ? 1 : 0];
}

// The sign of an integer exponent when the source shows it: 2 ** 10 is an
// int, 2 ** -1 a float; 2 ** n is either (docs/types.md).
enum class Sign { NonNegative, Negative, Unknown };
Sign exponent_sign(const ast::Expr* e) {
  if (auto* c = ast::as<ast::Constant>(e); c && c->value.kind == ast::Value::Kind::Int) return Sign::NonNegative;
  if (auto* u = ast::as<ast::UnaryOp>(e); u && u->op == ast::UnaryOperator::USub)
    if (auto* c = ast::as<ast::Constant>(u->operand); c && c->value.kind == ast::Value::Kind::Int)
      return c->value.text == "0" ? Sign::NonNegative : Sign::Negative;
  return Sign::Unknown;
}

// A builtin class object (`int`, `ValueError`), not a builtin function.
bool is_builtin_class(const Type& t) {
  if (t.kind != Kind::Builtin) return false;
  BuiltinKind k = builtin_info(t.a).kind;
  return k == BuiltinKind::Class || k == BuiltinKind::Exception;
}

}  // namespace

TypeId Inference::binary(ast::Operator op, TypeId left, TypeId right, const ast::Expr* right_expr, bool in_place,
                         const ast::Expr* left_expr) {
  if (left == kBottom || right == kBottom) return kBottom;
  TypeId result = kBottom;
  for (TypeId l : members_of(left))
    for (TypeId r : members_of(right)) {
      TypeId one = kBottom;
      bool declined = true;
      // __iadd__ answers unless it returns NotImplemented (its result may
      // still be unknown: bottom, not a reason to try __add__).
      if (in_place && table().kind(l) == Kind::Instance)
        if (auto r_type = call_dunder(l, dunder(op, false, true), std::vector<Argument>{Argument{r}})) {
          declined = false;
          one = without_not_implemented(*r_type, declined);
        }
      if (declined) one = table().join(one, binary_members(op, l, r, right_expr, in_place, left_expr));
      result = table().join(result, one);
    }
  return result;
}

// An operator with an instance operand: __add__, then the right operand's
// __radd__ if the first is missing or returns NotImplemented; neither
// answering raises TypeError (no value). nullopt when the builtin rules
// apply (no instance operand, or only a left one without the dunder).
std::optional<TypeId> Inference::instance_operator(TypeId l, TypeId r, std::string_view forward, std::string_view reflected) {
  bool left = table().kind(l) == Kind::Instance, right = table().kind(r) == Kind::Instance;
  if (!left && !right) return std::nullopt;
  std::optional<TypeId> result;
  if (left) result = call_dunder(l, forward, std::vector<Argument>{Argument{r}});
  bool declined = !result;
  TypeId value = result ? without_not_implemented(*result, declined) : kBottom;
  // The right operand's reflection runs first when its class derives from
  // the left's (codegen/dunders.cpp, subclass_first).
  if (left && right && !declined && derives_from(r, l)) declined = true;
  if (declined && right) {
    std::optional<TypeId> other = call_dunder(r, reflected, std::vector<Argument>{Argument{l}});
    bool also_declined = !other;
    if (other) value = table().join(value, without_not_implemented(*other, also_declined));
  }
  if (result || right) return value;
  return std::nullopt;
}

// Whether instance type r may be of a proper subclass of l's class, whose
// reflected dunder CPython tries first.
bool Inference::derives_from(TypeId r, TypeId l) {
  const Type& a = table().get(l);
  const Type& b = table().get(r);
  if (a.kind != Kind::Instance || b.kind != Kind::Instance) return false;
  return (a.a != b.a || a.b || b.b) && is_subclass(b.a, a.a);
}

TypeId Inference::binary_members(ast::Operator op, TypeId l, TypeId r, const ast::Expr* right_expr, bool in_place,
                                 const ast::Expr* left_expr) {
  using Op = ast::Operator;
  const Type a = table().get(l);
  const Type b = table().get(r);
  if (a.kind == Kind::Dyn || b.kind == Kind::Dyn) {
    escape(l), escape(r);
    // An instance may be behind the dyn: the class's binary slot runs its
    // dunder (or the other operand's reflection) on any other operand.
    dynamic_method_call(std::string(dunder(op, false, false)));
    dynamic_method_call(std::string(dunder(op, true, false)));
    if (in_place) dynamic_method_call(std::string(dunder(op, false, true)));
    return kDyn;
  }
  if ((a.kind == Kind::Str || is_bytes_like(a.kind)) && op == Op::Mod) {  // '%s' % None is fine
    // %s and %r of each argument (a tuple's items) may run __str__/__repr__.
    for (TypeId argument : b.kind == Kind::Tuple ? b.args : std::vector<TypeId>{r}) {
      stringify(argument);
      stringify(argument, true);
    }
    return l;
  }
  // `int | None`, `A | B`: a types.UnionType the runtime makes (runtime/generic_alias.h).
  auto class_like = [&](const Type& t) {  // a class whose `|` is type's, or None
    return is_builtin_class(t) || t.kind == Kind::None || (t.kind == Kind::Class && metaclass_of(t.a) == kNoClass);
  };
  if (op == Op::BitOr && class_like(a) && class_like(b) && (a.kind != Kind::None || b.kind != Kind::None)) {
    escape(l), escape(r);
    return kDyn;
  }
  // TypeError: the None of an optional gives no value (docs/types.md, "None").
  if ((a.kind == Kind::None || b.kind == Kind::None) && a.kind != Kind::Instance && b.kind != Kind::Instance)
    return kBottom;
  if (auto value = instance_operator(l, r, dunder(op, false, false), dunder(op, true, false))) {
    // seq * obj, obj * seq where neither has the dunder: the sequence
    // repeated obj.__index__() times.
    Kind sequence = op == Op::Mult && *value == kBottom ? (a.kind == Kind::Instance ? b.kind : a.kind) : Kind::Bottom;
    if (sequence == Kind::Str || sequence == Kind::List) {
      use_as_index(a.kind == Kind::Instance ? l : r);
      return a.kind == Kind::Instance ? r : l;
    }
    if (sequence == Kind::Tuple || sequence == Kind::TupleOf) {
      use_as_index(a.kind == Kind::Instance ? l : r);
      return table().tuple_var(table().element(a.kind == Kind::Instance ? r : l));
    }
    return *value;
  }
  bool complexes = a.kind == Kind::Complex || b.kind == Kind::Complex;
  if (complexes && (is_number(a.kind) || a.kind == Kind::Complex) && (is_number(b.kind) || b.kind == Kind::Complex)) {
    // complex has + - * / ** only: the others are TypeErrors (no value).
    bool defined = op == Op::Add || op == Op::Sub || op == Op::Mult || op == Op::Div || op == Op::Pow;
    return defined ? kComplex : kBottom;
  }
  if (is_number(a.kind) && is_number(b.kind)) {
    bool floats = a.kind == Kind::Float || b.kind == Kind::Float;
    switch (op) {
      case Op::Div: return kFloat;
      case Op::Pow:
        if (floats) {
          // A negative base to a fractional power is complex in CPython:
          // only an integral exponent or a base that cannot be negative
          // keeps the result a float (docs/types.md, "Operators").
          bool real = is_integer(b.kind) || (right_expr && integral_literal(right_expr)) ||
                      (left_expr && scope_ && never_negative(left_expr, *scope_, *symbols_));
          return real ? kFloat : table().join(kFloat, kComplex);
        }
        switch (exponent_sign(right_expr)) {
          case Sign::NonNegative: return kInt;
          case Sign::Negative: return kFloat;
          case Sign::Unknown: return table().join(kInt, kFloat);
        }
        return kDyn;
      case Op::LShift:
      case Op::RShift:
        return floats ? kDyn : kInt;
      case Op::BitAnd:
      case Op::BitOr:
      case Op::BitXor:
        if (floats) return kDyn;
        return a.kind == Kind::Bool && b.kind == Kind::Bool ? kBool : kInt;
      case Op::MatMult:
        return kDyn;
      default:  // + - * // %
        return floats ? kFloat : kInt;
    }
  }
  bool sequence_times_int = op == Op::Mult && is_integer(b.kind);
  bool int_times_sequence = op == Op::Mult && is_integer(a.kind);
  switch (a.kind) {
    case Kind::Str:
      if ((op == Op::Add && b.kind == Kind::Str) || sequence_times_int || op == Op::Mod) return kStr;
      break;
    case Kind::Bytes:
    case Kind::ByteArray:  // the left operand's type wins: bytearray + bytes is a bytearray
      if ((op == Op::Add && is_bytes_like(b.kind)) || sequence_times_int) return l;
      break;
    case Kind::List:
      if (op == Op::Add && b.kind == Kind::List) return table().join(l, r);
      if (op == Op::Add && in_place) return table().list_of(table().join(a.args[0], iterate(r)));  // xs += iterable
      if (sequence_times_int) return l;
      break;
    case Kind::Tuple:
    case Kind::TupleOf:
      if (op == Op::Add && a.kind == Kind::Tuple && b.kind == Kind::Tuple) {
        std::vector<TypeId> items = a.args;
        items.insert(items.end(), b.args.begin(), b.args.end());
        return table().tuple_of(items);
      }
      if (op == Op::Add && (b.kind == Kind::Tuple || b.kind == Kind::TupleOf))
        return table().tuple_var(table().join(table().element(l), table().element(r)));
      if (sequence_times_int) return table().tuple_var(table().element(l));
      break;
    case Kind::Set:
      if (b.kind == Kind::Set && (op == Op::BitOr || op == Op::BitXor)) return table().join(l, r);
      if (b.kind == Kind::Set && (op == Op::BitAnd || op == Op::Sub)) return l;
      if (b.kind == Kind::Iterator) return view_set_operation(op, l, r);
      break;
    case Kind::Iterator:
      if (b.kind == Kind::Set || b.kind == Kind::Iterator) return view_set_operation(op, l, r);
      break;
    case Kind::Dict:
      if (b.kind == Kind::Dict && op == Op::BitOr) return table().join(l, r);
      break;
    default:
      if (int_times_sequence && (b.kind == Kind::Str || is_bytes_like(b.kind) || b.kind == Kind::List)) return r;
      if (int_times_sequence && (b.kind == Kind::Tuple || b.kind == Kind::TupleOf))
        return table().tuple_var(table().element(r));
      break;
  }
  // TypeError between builtin values: no value (docs/types.md, "Operators").
  if (is_builtin_value(l) && is_builtin_value(r)) return kBottom;
  escape(l), escape(r);
  return kDyn;
}

// `d.keys() & s`, `s | d.items()`: a set of the left operand's items (and
// the right's for | and ^). Only keys and items views have these
// operators; the analysis cannot tell them from other iterators, so for
// those the dynamic operation raises CPython's TypeError at run time.
TypeId Inference::view_set_operation(ast::Operator op, TypeId l, TypeId r) {
  using Op = ast::Operator;
  if (op != Op::BitOr && op != Op::BitXor && op != Op::BitAnd && op != Op::Sub) return kBottom;
  TypeId items = table().element(l);
  if (op == Op::BitOr || op == Op::BitXor) items = table().join(items, table().element(r));
  return table().set_of(items);
}

// A dunder's result less NotImplemented, which tells the operator to try
// the reflected method; `declined` is set when it may be returned.
TypeId Inference::without_not_implemented(TypeId result, bool& declined) {
  TypeId kept = kBottom;
  for (TypeId m : members_of(result)) {
    const Type& t = table().get(m);
    if (t.kind == Kind::Builtin && builtin_info(t.a).kind == BuiltinKind::Constant)
      declined = true;
    else
      kept = table().join(kept, m);
  }
  return kept;
}

// Testing a value for truth calls its __bool__, else its __len__.
void Inference::test_truth(TypeId operand) {
  dynamic_protocol(operand, {"__bool__", "__len__"});
  for (TypeId m : members_of(operand))
    if (!call_dunder(m, "__bool__", {})) call_dunder(m, "__len__", {});
}

void Inference::use_as_index(TypeId value) {
  boxed_dunder(value, "__index__");  // a boxed instance answers through its getattr slot
  for (TypeId m : members_of(value)) call_dunder(m, "__index__", {});
}

void Inference::boxed_dunder(TypeId value, const std::string& dunder) {
  std::vector<TypeId> members = members_of(value);
  for (TypeId m : members)
    if (m == kDyn || (members.size() > 1 && table().kind(m) == Kind::Instance)) return dynamic_method_call(dunder, value);
}

// The test of an if, while, `x if c else y`, assert, guard or comprehension filter.
TypeId Inference::condition(const ast::Expr* test) {
  TypeId type = eval(test);
  test_truth(type);
  return type;
}

TypeId Inference::unary(ast::UnaryOperator op, TypeId operand) {
  if (operand == kBottom) return kBottom;
  if (op == ast::UnaryOperator::Not) {
    test_truth(operand);
    return kBool;
  }
  TypeId result = kBottom;
  std::string_view name = op == ast::UnaryOperator::Invert ? "__invert__" : op == ast::UnaryOperator::USub ? "__neg__" : "__pos__";
  boxed_dunder(operand, std::string(name));
  for (TypeId m : members_of(operand)) {
    Kind k = table().kind(m);
    TypeId one = kDyn;
    if (k == Kind::Instance) {
      if (auto r = call_dunder(m, name, {})) one = *r;
    } else if (is_integer(k)) {
      one = kInt;
    } else if ((k == Kind::Float || k == Kind::Complex) && op != ast::UnaryOperator::Invert) {
      one = m;
    } else if (is_builtin_value(m)) {
      one = kBottom;  // TypeError
    }
    result = table().join(result, one);
  }
  return result;
}

// self.dunder(other) of a comparison; a class without __ne__ answers `!=`
// by object's, which negates what its __eq__ says (the code generator's
// negated_eq calls that __eq__ on these operand types).
std::optional<TypeId> Inference::compare_dunder(TypeId self, std::string_view dunder, TypeId other) {
  std::optional<TypeId> own = call_dunder(self, dunder, std::vector<Argument>{Argument{other}});
  if (own || dunder != "__ne__") return own;
  std::optional<TypeId> eq = call_dunder(self, "__eq__", std::vector<Argument>{Argument{other}});
  if (!eq) return std::nullopt;
  // NotImplemented passes through; anything else is tested for truth. The
  // answer is a bool even where __eq__ never returns (an abstract one that
  // raises), as code generation types it.
  TypeId result = kBool;
  for (TypeId m : members_of(*eq)) {
    bool declined = false;
    without_not_implemented(m, declined);
    if (declined) result = table().join(result, m);
    else test_truth(m);
  }
  return result;
}

TypeId Inference::compare(ast::CmpOperator op, TypeId left, TypeId right) {
  using Op = ast::CmpOperator;
  if (left == kBottom || right == kBottom) return kBottom;
  if (op == Op::Is || op == Op::IsNot) return kBool;
  if (op == Op::In || op == Op::NotIn) {
    // Without __contains__, `in` iterates the container.
    dynamic_protocol(right, {"__contains__", "__iter__", "__next__", "__getitem__"});
    for (TypeId m : members_of(right)) call_dunder(m, "__contains__", std::vector<Argument>{Argument{left}});
    return kBool;
  }
  static constexpr std::string_view names[] = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
  static constexpr std::string_view reflected[] = {"__eq__", "__ne__", "__gt__", "__ge__", "__lt__", "__le__"};
  int index = static_cast<int>(op);
  TypeId result = kBottom;
  for (TypeId l : members_of(left))
    for (TypeId r : members_of(right)) {
      if (l == kDyn || r == kDyn) {
        // An instance may be behind the dyn: the class's compare slot runs
        // whichever of the two dunders it has, on any other operand.
        for (TypeId side : {l, r}) {
          dynamic_method_call(std::string(names[index]), side);
          dynamic_method_call(std::string(reflected[index]), side);
        }
      }
      // The reflected dunder runs when the first is missing or returns
      // NotImplemented; when both decline, == and != compare identities.
      std::optional<TypeId> one = compare_dunder(l, names[index], r);
      bool declined = !one;
      TypeId value = one ? without_not_implemented(*one, declined) : kBottom;
      if (derives_from(r, l)) declined = true;  // the reflection runs first
      if (declined) {
        std::optional<TypeId> other = compare_dunder(r, reflected[index], l);
        bool also_declined = !other;
        if (other) value = table().join(value, without_not_implemented(*other, also_declined));
        if (also_declined) value = table().join(value, kBool);
      }
      result = table().join(result, value);
    }
  return result;
}

TypeId Inference::iterate(TypeId iterable) {
  dynamic_protocol(iterable, {"__iter__", "__next__", "__getitem__"});
  TypeId result = kBottom;
  for (TypeId m : members_of(iterable)) {
    const Type type = table().get(m);
    TypeId one = kDyn;
    switch (type.kind) {
      case Kind::List:
      case Kind::Set:
      case Kind::TupleOf:
      case Kind::Iterator:
      case Kind::Generator:
      case Kind::Tuple:
        one = table().element(m);
        break;
      case Kind::Dict: one = type.args[0]; break;
      case Kind::Str: one = kStr; break;
      case Kind::Bytes:
      case Kind::ByteArray:
      case Kind::Range: one = kInt; break;
      case Kind::None: one = kBottom; break;
      case Kind::File: one = type.a ? kBytes : kStr; break;  // its lines
      case Kind::Class:  // its metaclass's __iter__ (a Value)
        if (call_dunder(m, "__iter__", {})) one = kDyn;
        break;
      case Kind::Instance:
        if (auto iterator = call_dunder(m, "__iter__", {})) {
          one = kBottom;
          for (TypeId it : members_of(*iterator)) {
            std::optional<TypeId> next = table().kind(it) == Kind::Instance ? call_dunder(it, "__next__", {}) : std::nullopt;
            one = table().join(one, next ? *next : iterate(it));
          }
        } else if (auto item = call_dunder(m, "__getitem__", std::vector<Argument>{Argument{kInt}})) {
          one = *item;  // the old sequence protocol
        }
        break;
      default:
        break;
    }
    // The items of a fixed tuple that only a dyn can hold together (five
    // different lambdas) are called and read through their boxed entries.
    if (type.kind == Kind::Tuple && one == kDyn)
      for (TypeId item : type.args) escape(item);
    result = table().join(result, one);
  }
  return result;
}

TypeId Inference::subscript(TypeId container, TypeId index, const ast::Expr* index_expr, const ast::Expr* site) {
  if (container == kBottom || index == kBottom) return kBottom;
  // An index that may be a slice object (`int | slice`) reads an item or a
  // slice: the result is either.
  if (index != kSlice && table().kind(index) == Kind::Union) {
    TypeId rest = kBottom;
    bool may_slice = false;
    for (TypeId m : members_of(index)) {
      if (m == kSlice) may_slice = true;
      else rest = table().join(rest, m);
    }
    if (may_slice) return table().join(subscript(container, kSlice, index_expr, site), subscript(container, rest, index_expr, site));
  }
  bool slice = index == kSlice;
  dynamic_protocol(container, {"__getitem__"});
  boxed_instance_protocol(container, "__getitem__");
  TypeId result = kBottom;
  for (TypeId m : members_of(container)) {
    const Type type = table().get(m);
    bool sequence = type.kind == Kind::List || type.kind == Kind::TupleOf || type.kind == Kind::Tuple ||
                    type.kind == Kind::Str || type.kind == Kind::Range || is_bytes_like(type.kind);
    if (sequence && !slice) use_as_index(index);
    TypeId one = kDyn;
    switch (type.kind) {
      case Kind::List:
      case Kind::TupleOf:
        one = slice ? m : type.args[0];
        break;
      case Kind::Tuple: {
        if (slice) {
          one = table().tuple_var(table().element(m));
          break;
        }
        one = table().element(m);
        long long at = 0;
        bool negative = false;
        const ast::Expr* e = index_expr;
        if (auto* u = ast::as<ast::UnaryOp>(e); u && u->op == ast::UnaryOperator::USub) e = u->operand, negative = true;
        if (auto* c = ast::as<ast::Constant>(e); c && c->value.kind == ast::Value::Kind::Int && c->value.text.size() < 6) {
          at = std::stoll(std::string(c->value.text));
          if (negative) at = static_cast<long long>(type.args.size()) - at;
          if (at >= 0 && at < static_cast<long long>(type.args.size())) one = type.args[at];
        }
        break;
      }
      case Kind::Str: one = kStr; break;
      case Kind::Bytes:
      case Kind::ByteArray: one = slice ? m : kInt; break;
      case Kind::Range: one = slice ? kRange : kInt; break;
      case Kind::Dict: one = type.args[1]; break;
      case Kind::None: one = kBottom; break;
      case Kind::Instance:
        if (auto r = call_dunder(m, "__getitem__", std::vector<Argument>{Argument{index}}, site)) one = *r;
        break;
      case Kind::Builtin:  // list[int]: a types.GenericAlias the runtime makes (runtime/generic_alias.h); len[0] raises
        escape(index);
        break;
      case Kind::Class: {  // C[x]: its metaclass's __getitem__, else C's __class_getitem__, a classmethod
        if (auto r = call_dunder(m, "__getitem__", std::vector<Argument>{Argument{index}}, site)) {
          one = *r;
          break;
        }
        ClassId owner;
        if (Slot* attr = find_class_attribute(type.a, "__class_getitem__", &owner)) {
          Argument argument{index};
          one = call(bind(attr->type, m, owner), {&argument, 1}, site);
        } else if (!class_complete(type.a)) {
          // A body along the MRO has not run yet (`Box[int]` before
          // Generic's): the lookup waits for it, as a dyn now would stay.
          one = kBottom;
        } else {
          escape(index);  // type's own slot raises CPython's TypeError
        }
        break;
      }
      default:
        break;
    }
    result = table().join(result, one);
  }
  return result;
}

void Inference::store_subscript(const ast::Subscript* target, TypeId value) {
  TypeId container = eval(target->value);
  TypeId index = eval(target->slice);
  record(target, value);
  if (container == kBottom || index == kBottom || value == kBottom) return;
  boxed_instance_protocol(container, "__setitem__");
  for (TypeId m : members_of(container)) {
    switch (table().kind(m)) {
      case Kind::List:
        refine(target->value, table().list_of(index == kSlice ? iterate(value) : value));
        break;
      case Kind::Dict:
        refine(target->value, table().dict_of(index, value));
        break;
      case Kind::ByteArray:  // ints, or bytes-like or int iterables for a slice
        break;
      case Kind::Instance:
        call_dunder(m, "__setitem__", std::vector<Argument>{Argument{index}, Argument{value}});
        break;
      case Kind::Dyn:
        dynamic_protocol(m, {"__setitem__"});
        dynamic_item_store(index, value);  // aliasing.cpp
        escape(value);
        break;
      default:
        escape(value);
        break;
    }
  }
}

void Inference::refine(const ast::Expr* target, TypeId type) {
  if (!refine_value(target, type)) escape(type);
}

bool Inference::refine_value(const ast::Expr* target, TypeId type) {
  switch (target->kind) {
    case ast::Kind::Name:
      write(*variable_or_unknown(static_cast<const ast::Name*>(target)->id), type);
      return true;
    case ast::Kind::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(target);
      TypeId object = eval(a->value);
      if (!refine_class_attribute(object, std::string(a->attr), type)) store_attribute(object, std::string(a->attr), type);  // properties.cpp
      return true;
    }
    case ast::Kind::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(target);
      TypeId container = eval(s->value);
      TypeId index = eval(s->slice);
      for (TypeId m : members_of(container)) {
        const Type t = table().get(m);
        if (t.kind == Kind::List && index != kSlice) refine(s->value, table().list_of(type));
        if (t.kind == Kind::Dict) refine(s->value, table().dict_of(index, type));
        if (t.kind == Kind::TupleOf) refine(s->value, table().tuple_var(table().join(t.args[0], type)));
        if (t.kind == Kind::Instance) refine_source(s, type);  // __getitem__'s result (aliasing.cpp)
        if (t.kind == Kind::Tuple) {
          // pairs[0][0].append(x): the element the constant index names.
          auto* c = ast::as<ast::Constant>(s->slice);
          if (!c || c->value.kind != ast::Value::Kind::Int || c->value.text.size() > 3) continue;
          size_t at = std::stoul(std::string(c->value.text));
          if (at >= t.args.size()) continue;
          std::vector<TypeId> items = t.args;
          items[at] = table().join(items[at], type);
          refine(s->value, table().tuple_of(items));
        }
      }
      return true;
    }
    case ast::Kind::Call: {
      // d.setdefault(k, []).append(x): the dict's values grow.
      auto* call = static_cast<const ast::Call*>(target);
      auto* method = ast::as<ast::Attribute>(call->func);
      // A dict subclass's setdefault is a method of the program: its result
      // grows as any call's does.
      if (method && method->attr == "setdefault" && !call->args.empty()) {
        TypeId key = eval(call->args[0]);
        bool dicts_only = true;
        for (TypeId m : members_of(eval(method->value))) {
          if (table().kind(m) == Kind::Dict) refine(method->value, table().dict_of(key, type));
          else dicts_only = false;
        }
        if (dicts_only) return true;
      }
      return refine_source(target, type);  // aliasing.cpp
    }
    default:
      return refine_source(target, type);
  }
}

}  // namespace ingot::types
