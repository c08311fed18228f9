// The iterator class object and the out-of-line parts of iteration.h.
#include "runtime/iteration.h"

#include "runtime/dynamic_methods.h"

#include <string>

namespace ingot::rt {
namespace {

const TypeObject* const iterator_mro[] = {&iterator_type, &object_type};

}  // namespace

Str iterator_repr(const Object* self) {
  auto* header = reinterpret_cast<const IterHeader*>(self);
  return header->repr ? header->repr(self) : object_repr(self);
}

// iter() of a boxed Iter<T>: itself, or a fresh walk of a dict view.
Value iterator_iter(const Object* self) {
  auto* header = reinterpret_cast<const IterHeader*>(self);
  return Value::of_object(header->restart ? &header->restart(header)->header : self);
}

bool iterator_next(const Object* self, Value* out) {
  auto* header = reinterpret_cast<IterHeader*>(const_cast<Object*>(self));
  return header->next_boxed(header, out);
}

const TypeObject iterator_type = [] {
  TypeObject t{"iterator", "builtins", iterator_mro, iterator_repr, iterator_repr};
  t.iter = iterator_iter;
  t.next = iterator_next;
  t.len = [](const Object* self) {
    auto* header = reinterpret_cast<const IterHeader*>(self);
    if (!header->length) raise_iterator_len();
    return header->length(self);
  };
  t.binary = view_binary;  // dynamic_methods.h
  t.equal = view_equal;
  return t;
}();

const TypeObject* const range_iterator_mro[] = {&range_iterator_class, &iterator_type, &object_type};
const TypeObject range_iterator_class = [] {
  TypeObject t = iterator_type;
  t.name = "range_iterator";
  t.mro = range_iterator_mro;
  return t;
}();

void raise_iterator_len() { raise(exc::TypeError, "object of type 'iterator' has no len()"); }

void raise_stop_iteration() { raise(exc::StopIteration); }

Iter<Str> reversed(Str s) {
  return Iter<Str>::from_step([s, i = s.length() - 1](Str& out) mutable {
    if (i < 0) return false;
    out = subscript(s, i--);
    return true;
  });
}

}  // namespace ingot::rt

namespace ingot::rt {

int64_t repeat_count(Int n) {
  auto small = n.to_int64();
  if (!small) raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  return *small;
}

void raise_tuple_index() { raise(exc::IndexError, "tuple index out of range"); }

void check_unpack(int64_t size, int64_t expected) {
  if (size > expected) raise(exc::ValueError, "too many values to unpack (expected " + std::to_string(expected) + ")");
  if (size < expected)
    raise(exc::ValueError,
          "not enough values to unpack (expected " + std::to_string(expected) + ", got " + std::to_string(size) + ")");
}

void check_unpack_starred(int64_t size, int64_t before, int64_t after) {
  if (size < before + after)
    raise(exc::ValueError, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                               ", got " + std::to_string(size) + ")");
}

}  // namespace ingot::rt

namespace ingot::rt {

Int range_index(Range r, Value x) {
  if (&x.type() == &int_type || &x.type() == &bool_type) {
    Int v = &x.type() == &bool_type ? as_int(x.as_bool()) : x.as_int();
    if (r.contains(v)) return r.index(v);
  } else {
    int64_t i = 0;
    for (Int item : r) {
      if (equal(Value(item), x)) return Int(i);
      ++i;
    }
  }
  raise(exc::ValueError, std::string(repr(x).view()) + " is not in range");
}

Int range_count(Range r, Value x) {
  if (&x.type() == &int_type || &x.type() == &bool_type) return Int(contains(r, x) ? 1 : 0);
  int64_t n = 0;
  for (Int item : r) n += equal(Value(item), x);
  return Int(n);
}

}  // namespace ingot::rt

namespace ingot::rt {

void raise_zip_length(size_t index, bool shorter) {
  raise(exc::ValueError, "zip() argument " + std::to_string(index + 1) + " is " + (shorter ? "shorter" : "longer") +
                             " than argument" + (index == 1 ? std::string(" 1") : "s 1-" + std::to_string(index)));
}

}  // namespace ingot::rt
