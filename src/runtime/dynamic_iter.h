// Iteration over a Value (`for x in v`, iter(), next(), `x in v`): the
// built-in containers are walked directly, anything else through its
// class's `iter` and `next` slots.
#pragma once

#include <concepts>
#include <cstdint>

#include "runtime/iteration.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

// What a compiled `for` loop over a Value uses: no iterator object is
// made for the built-in containers.
class ValueIterator {
 public:
  // TypeError "'int' object is not iterable".
  explicit ValueIterator(Value iterable);
  // The next item, or false at the end.
  bool next(Value& out);

 private:
  enum class Kind : uint8_t { sequence, str, dict, set, range, object };
  Kind kind_;
  Value source_;        // the container, or the iterator object
  int64_t index_ = 0;   // next position (items of a range, slots, entries)
  int64_t expected_ = 0;  // a dict's size when the loop began
  StrIterator chars_{Str()};
};

// The C++ range a compiled loop walks (runtime/iteration.h's iterate()).
inline NextRange<ValueIterator, Value> iterate(Value v) { return NextRange<ValueIterator, Value>(ValueIterator(v)); }
// A number has no items: a loop over one (in code the analysis cannot rule
// out, `if isinstance(x, list): for y in x` for an int x) raises the
// TypeError of the boxed number.
inline NextRange<ValueIterator, Value> iterate(Int v) { return iterate(Value(v)); }
inline NextRange<ValueIterator, Value> iterate(double v) { return iterate(Value::of_float(v)); }
template <std::same_as<bool> B>  // not a pointer converted to bool
NextRange<ValueIterator, Value> iterate(B v) { return iterate(Value::of_bool(v)); }
// A class object: its metaclass's __iter__, else type's TypeError (instance.cpp).
struct ClassObject;
NextRange<ValueIterator, Value> iterate(const ClassObject* c);

// iter(v): an iterator object (iter of an iterator is itself).
Value iter(Value v);
// next(it): false when it is exhausted; TypeError "'int' object is not an
// iterator".
bool next(Value iterator, Value* out);
// `item in container`: dict keys, set members, substrings, list/tuple
// items (identity, then ==), else iteration; TypeError "argument of type
// 'int' is not iterable".
bool contains(Value container, Value item);

}  // namespace ingot::rt
