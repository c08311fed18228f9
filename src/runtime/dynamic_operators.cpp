// Binary and unary operators on Values: CPython's binary_op1 order (the
// numeric tower, then sequence concatenation/repetition, then the classes'
// slots, then TypeError) with its error texts.
#include "runtime/dynamic_operators.h"

#include <string>

#include "runtime/bytearray.h"
#include "runtime/complex.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_iter.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/instance_dunders.h"
#include "runtime/str_format.h"
#include "runtime/value_builtins.h"

namespace ingot::rt {
namespace {

bool is_number(Value v) { return is_integer(v) || is_a(v, float_type); }
double float_of(Value v) { return is_a(v, float_type) ? v.as_float() : to_double(integer_of(v)); }

[[noreturn]] void unsupported(const char* text, Value a, Value b) {
  raise(exc::TypeError, std::string("unsupported operand type(s) for ") + text + ": '" +
                            std::string(type_name(a)) + "' and '" + std::string(type_name(b)) + "'");
}

[[noreturn]] void cannot_concatenate(Value a, Value b) {
  raise(exc::TypeError, "can only concatenate " + std::string(type_name(a)) + " (not \"" + std::string(type_name(b)) +
                            "\") to " + std::string(type_name(a)));
}

// The int and float operators; false when the operator does not apply.
bool number_op(BinaryOp op, Value a, Value b, Value* out) {
  if (is_integer(a) && is_integer(b)) {
    bool bools = is_a(a, bool_type) && is_a(b, bool_type);
    Int x = integer_of(a), y = integer_of(b);
    switch (op) {
      case BinaryOp::add: *out = x + y; return true;
      case BinaryOp::sub: *out = x - y; return true;
      case BinaryOp::mul: *out = x * y; return true;
      case BinaryOp::truediv: *out = Value::of_float(true_divide(x, y)); return true;
      case BinaryOp::floordiv: *out = floordiv(x, y); return true;
      case BinaryOp::mod: *out = mod(x, y); return true;
      case BinaryOp::pow:
        *out = y.is_negative() ? Value::of_float(pow_to_float(x, y)) : Value(pow(x, y));
        return true;
      case BinaryOp::lshift: *out = x << y; return true;
      case BinaryOp::rshift: *out = x >> y; return true;
      case BinaryOp::bit_and: *out = bools ? Value::of_bool(a.as_bool() & b.as_bool()) : Value(x & y); return true;
      case BinaryOp::bit_or: *out = bools ? Value::of_bool(a.as_bool() | b.as_bool()) : Value(x | y); return true;
      case BinaryOp::bit_xor: *out = bools ? Value::of_bool(a.as_bool() ^ b.as_bool()) : Value(x ^ y); return true;
      case BinaryOp::matmul: return false;
    }
  }
  if (!is_number(a) || !is_number(b)) return false;
  double x, y;
  switch (op) {
    case BinaryOp::add: case BinaryOp::sub: case BinaryOp::mul: case BinaryOp::truediv:
    case BinaryOp::floordiv: case BinaryOp::mod: case BinaryOp::pow:
      x = float_of(a);
      y = float_of(b);
      break;
    default: return false;
  }
  switch (op) {
    case BinaryOp::add: *out = Value::of_float(x + y); break;
    case BinaryOp::sub: *out = Value::of_float(x - y); break;
    case BinaryOp::mul: *out = Value::of_float(x * y); break;
    case BinaryOp::truediv: *out = Value::of_float(float_truediv(x, y)); break;
    case BinaryOp::floordiv: *out = Value::of_float(float_floordiv(x, y)); break;
    case BinaryOp::mod: *out = Value::of_float(float_mod(x, y)); break;
    default: *out = float_power(x, y); break;
  }
  return true;
}

// complex with a complex, float or int: + - * / ** (complex has no // or %).
bool complex_op(BinaryOp op, Value a, Value b, Value* out) {
  if ((!is_complex(a) && !is_complex(b)) || (!is_complex(a) && !is_number(a)) || (!is_complex(b) && !is_number(b)))
    return false;
  auto part = [](Value v) { return is_complex(v) ? as_complex(v) : to_complex(float_of(v)); };
  Complex x = part(a), y = part(b);
  switch (op) {
    case BinaryOp::add: *out = box(x + y); return true;
    case BinaryOp::sub: *out = box(x - y); return true;
    case BinaryOp::mul: *out = box(x * y); return true;
    case BinaryOp::truediv: *out = box(complex_truediv(x, y)); return true;
    case BinaryOp::pow: *out = box(complex_pow(x, y)); return true;
    default: return false;
  }
}

bool is_repeatable(Value v) { return is_a(v, str_type) || is_sequence(v); }

// seq * n for str, list and tuple.
Value repeat_value(Value seq, Value n) {
  if (!is_integer(n)) {
    std::optional<Int> times = index_dunder(n);  // an instance's __index__
    if (!times) raise(exc::TypeError, "can't multiply sequence by non-int of type '" + std::string(type_name(n)) + "'");
    n = box(*times);
  }
  Int count = integer_of(n);
  if (is_a(seq, str_type)) return repeat(seq.as_str(), count);
  std::optional<int64_t> times = count.to_int64();
  if (!times) raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  if (is_a(seq, list_type)) return box(repeat(boxed_list(sequence_of(seq)), *times));
  return box(repeat(boxed_tuple(sequence_of(seq)), *times));
}

// str + str, list + list, tuple + tuple; false when a is none of them.
bool concatenate(Value a, Value b, Value* out) {
  if (!is_a(a, str_type) && !is_sequence(a)) return false;
  if (&a.type() != &b.type()) cannot_concatenate(a, b);
  if (is_a(a, str_type)) *out = a.as_str() + b.as_str();
  else if (is_a(a, list_type)) *out = box(boxed_list(sequence_of(a)) + boxed_list(sequence_of(b)));
  else *out = box(boxed_tuple(sequence_of(a)) + boxed_tuple(sequence_of(b)));
  return true;
}

bool set_op(BinaryOp op, Value a, Value b, Value* out) {
  if (!is_set(a) || !is_set(b)) return false;
  Set<Value> x = boxed_set(a, a.type()), y = boxed_set(b, b.type());
  switch (op) {
    case BinaryOp::bit_or: *out = box(x.union_with(y)); return true;
    case BinaryOp::bit_and: *out = box(x.intersection(y)); return true;
    case BinaryOp::sub: *out = box(x.difference(y)); return true;
    case BinaryOp::bit_xor: *out = box(x.symmetric_difference(y)); return true;
    default: return false;
  }
}

bool slot_op(BinaryOp op, Value a, Value b, Value* out) {
  for (const TypeObject* t : a.type().mro)
    if (t->binary) {
      if (t->binary(int(op), a, b, false, out)) return true;
      break;
    }
  if (&a.type() == &b.type()) return false;
  for (const TypeObject* t : b.type().mro)
    if (t->binary) return t->binary(int(op), b, a, true, out);
  return false;
}

Value binary_or_raise(BinaryOp op, Value a, Value b, const char* text) {
  Value out;
  if (number_op(op, a, b, &out) || complex_op(op, a, b, &out)) return out;
  if (op == BinaryOp::add && concatenate(a, b, &out)) return out;
  if (op == BinaryOp::mul && is_repeatable(a) && !is_a(b, float_type) && !slot_op(op, a, b, &out))
    return repeat_value(a, b);
  if (op == BinaryOp::mul && is_repeatable(b) && !is_a(a, float_type) && !slot_op(op, a, b, &out))
    return repeat_value(b, a);
  if (op == BinaryOp::mul && (is_repeatable(a) || is_repeatable(b))) {
    if (slot_op(op, a, b, &out)) return out;
    return is_repeatable(a) ? repeat_value(a, b) : repeat_value(b, a);
  }
  if (op == BinaryOp::mod && is_a(a, str_type)) return str_percent(a.as_str(), b);
  // bytes' and bytearray's % is here, not in their binary slot: every
  // program that may hold a bytes (an exception's) links the slot, and
  // % links all of str_percent.cpp and the Unicode records (90 KB).
  if (op == BinaryOp::mod && is_a(a, bytes_type)) return box(bytes_percent(unbox<Bytes>(a), b));
  if (op == BinaryOp::mod && is_a(a, bytearray_type))
    return box(to_bytearray(bytes_percent(Bytes::from(unbox<ByteArray>(a).view()), b)));
  if (set_op(op, a, b, &out)) return out;
  if (op == BinaryOp::bit_or && is_a(a, dict_type) && is_a(b, dict_type)) {
    Dict<Value, Value> merged = boxed_dict(dict_of(a));
    Value key, value;
    const DictHeader* d = dict_of(b);
    for (int64_t i = 0; i < d->nentries; ++i)
      if (d->ops->entry(d, i, &key, &value)) merged.set(key, value);
    return box(merged);
  }
  if (slot_op(op, a, b, &out)) return out;
  unsupported(text, a, b);
}

}  // namespace

const char* binary_op_text(BinaryOp op) {
  static const char* const texts[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
  return texts[int(op)];
}

Value binary(BinaryOp op, Value a, Value b) {
  return binary_or_raise(op, a, b, op == BinaryOp::pow ? "** or pow()" : binary_op_text(op));
}

Value inplace(BinaryOp op, Value a, Value b) {
  // list += iterable extends in place. Only a List<Value> can take any
  // item; a list of another representation gets a new list (its aliases
  // do not see the change).
  if (is_a(a, list_type) && op == BinaryOp::add) {
    List<Value> items;
    ValueIterator it(b);
    for (Value x; it.next(x);) items.append(x);
    if (!holds_values(sequence_of(a))) return box(boxed_list(sequence_of(a)) + items);
    List<Value>(static_cast<ListObject<Value>*>(const_cast<SequenceObject*>(sequence_of(a)))).extend(items);
    return a;
  }
  // A class's in-place dunder (__iadd__) is its binary slot's op + 16.
  for (const TypeObject* t : a.type().mro)
    if (t->binary) {
      Value out;
      if (t->binary(int(op) + 16, a, b, false, &out)) return out;
      break;
    }
  std::string text = std::string(op == BinaryOp::pow ? "**" : binary_op_text(op)) + "=";
  return binary_or_raise(op, a, b, text.c_str());
}

Value unary(UnaryOp op, Value a) {
  if (op == UnaryOp::not_) raise(exc::SystemError, "unary(not) is truth()");
  if (is_integer(a)) {
    Int x = integer_of(a);
    if (op == UnaryOp::minus) return -x;
    if (op == UnaryOp::plus) return x;
    return ~x;
  }
  if (is_a(a, float_type) && op != UnaryOp::invert)
    return op == UnaryOp::minus ? Value::of_float(-a.as_float()) : a;
  if (is_complex(a) && op != UnaryOp::invert) return op == UnaryOp::minus ? box(-as_complex(a)) : a;
  static const char* const dunders[] = {"__invert__", "", "__pos__", "__neg__"};
  if (Value out; call_special(a, dunders[int(op)], {}, &out)) return out;
  static const char* const texts[] = {"~", "not", "+", "-"};
  raise(exc::TypeError, std::string("bad operand type for unary ") + texts[int(op)] + ": '" +
                            std::string(type_name(a)) + "'");
}

}  // namespace ingot::rt
