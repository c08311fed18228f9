// The dynamic value ("dyn" in the compiler's type lattice): what a variable
// holds when inference finds no single type for it, and what heterogeneous
// containers and exception args store (docs/runtime.md, "Values").
//
// One word: a small int exactly as Int encodes it (low bit 0), or a pointer
// to an object plus 1 (low bit 1). An Int therefore boxes to a Value without
// a conversion; floats and strs box to their objects.
#pragma once

#include <cstdint>

#include "runtime/int.h"
#include "runtime/memory.h"
#include "runtime/object.h"
#include "runtime/str.h"

namespace ingot::rt {

// A boxed float. Boxing and unboxing are inline: float arithmetic with a
// Value operand (an `int | float` list item) does both on every operation.
struct FloatObject {
  Object header;
  double value;
};

namespace detail {
// The static None, False and True objects (none.cpp, bool.cpp), declared
// here so that testing and making them is inline.
struct BoolObject {
  Object header;
  bool value;
};
extern const Object none_object;
extern const BoolObject false_object, true_object;
}  // namespace detail

class Value {
 public:
  // The small int 0: a placeholder for storage that must be initialised.
  constexpr Value() : bits_(0) {}
  Value(Int i) : bits_(i.bits()) {}  // NOLINT: boxing is implicit
  Value(Str s) : bits_(reinterpret_cast<uintptr_t>(s.object()) | 1) {}  // NOLINT
  static Value of_object(const Object* object) { return Value(reinterpret_cast<uintptr_t>(object) | 1); }
  static Value of_float(double d) {
    auto* box = static_cast<FloatObject*>(gc_alloc_atomic(sizeof(FloatObject)));
    box->header.type = &float_type;
    box->value = d;
    return of_object(&box->header);
  }
  static Value of_bool(bool b) { return of_object(b ? &detail::true_object.header : &detail::false_object.header); }
  static Value none() { return of_object(&detail::none_object); }

  bool is_small_int() const { return (bits_ & 1) == 0; }
  // The object, for anything but a small int.
  const Object* object() const { return reinterpret_cast<const Object*>(bits_ - 1); }
  const TypeObject& type() const { return is_small_int() ? int_type : *object()->type; }
  bool is(Value other) const { return bits_ == other.bits_; }
  bool is_none() const { return is(none()); }
  bool is_float() const { return !is_small_int() && object()->type == &float_type; }

  // The typed view of a value whose type() is known; no check.
  Int as_int() const { return Int::from_bits(bits_); }
  Str as_str() const { return Str(reinterpret_cast<const StrObject*>(object())); }
  double as_float() const { return reinterpret_cast<const FloatObject*>(object())->value; }
  bool as_bool() const { return object() == &detail::true_object.header; }
  uint64_t bits() const { return bits_; }

 private:
  explicit Value(uint64_t bits) : bits_(bits) {}
  uint64_t bits_;
};

// str() and repr() of any value: the class's slots.
Str str(Value v);
Str repr(Value v);
// object.__repr__: "<module.Name object at 0x...>".
Str object_repr(const Object* object);

}  // namespace ingot::rt
