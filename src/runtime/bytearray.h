// Python's bytearray: a pointer to a mutable ByteArrayObject (header, size,
// capacity, a separate pointer-free GC buffer), shared like a list. Items
// are ints in range(256). The methods it shares with bytes (find, upper,
// split, ...) run on a bytes snapshot of it (`bytes()`): the code generator
// calls the bytes_<name> functions and turns bytes results back into
// bytearrays, as CPython's bytearray methods return bytearrays.
#pragma once

#include <compare>
#include <cstdint>
#include <string_view>

#include "runtime/bytes.h"
#include "runtime/dynamic_unbox.h"
#include "runtime/int.h"
#include "runtime/iteration.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/tuple.h"
#include "runtime/value.h"

namespace ingot::rt {

extern const TypeObject bytearray_type;

struct ByteArrayObject {
  Object header;
  int64_t size;
  int64_t capacity;
  char* data;
};

class ByteArray {
 public:
  ByteArray();  // a new, empty bytearray
  explicit ByteArray(ByteArrayObject* object) : object_(object) {}
  static ByteArray from(std::string_view bytes);

  ByteArrayObject* object() const { return object_; }
  std::string_view view() const { return {object_->data, static_cast<size_t>(object_->size)}; }
  int64_t size() const { return object_->size; }
  unsigned char at(int64_t i) const { return static_cast<unsigned char>(object_->data[i]); }
  // bytes(ba): a snapshot, also what bytes methods and bytes-like arguments read.
  Bytes bytes() const { return Bytes::from(view()); }

  // ba[i] (IndexError "bytearray index out of range"); ba[i] = x also
  // raises ValueError "byte must be in range(0, 256)".
  Int get(int64_t index) const;
  void set(int64_t index, Int value) const;
  ByteArray slice(int64_t start, int64_t stop, int64_t step = kNone) const;
  // ba[start:stop:step] = bytes; an extended slice takes exactly its size.
  void set_slice(int64_t start, int64_t stop, int64_t step, std::string_view values) const;
  void del_item(int64_t index) const;
  void del_slice(int64_t start, int64_t stop, int64_t step = kNone) const;

  void append(Int value) const;
  void extend(std::string_view bytes) const;
  void insert(int64_t index, Int value) const;
  Int pop(int64_t index = -1) const;  // IndexError "pop from empty bytearray"
  void remove(Int value) const;       // ValueError "value not found in bytearray"
  void reverse() const;
  void clear() const { object_->size = 0; }
  ByteArray copy() const { return from(view()); }
  void repeat_in_place(Int n) const;  // ba *= n

 private:
  void reserve(int64_t needed) const;
  // Replaces the bytes [begin, end) with `bytes` (which may lie in this buffer).
  void replace(int64_t begin, int64_t end, std::string_view bytes) const;

  ByteArrayObject* object_;
};

inline int64_t len(ByteArray b) { return b.size(); }
Str repr(ByteArray b);
inline Str str(ByteArray b) { return repr(b); }
int64_t hash(ByteArray b);  // TypeError "unhashable type: 'bytearray'"
inline Value box(ByteArray b) { return Value::of_object(&b.object()->header); }
template <>
struct Unbox<ByteArray> {
  static ByteArray from(Value v) {
    if (!v.is_small_int() && v.object()->type == &bytearray_type) [[likely]]
      return ByteArray(reinterpret_cast<ByteArrayObject*>(const_cast<Object*>(v.object())));
    detail::raise_unbox_error(v, "bytearray");
  }
};

// bytes and bytearray compare by their bytes, with each other too.
inline std::string_view buffer_of(Bytes b) { return b.view(); }
inline std::string_view buffer_of(ByteArray b) { return b.view(); }
template <typename A, typename B>
  requires(std::is_same_v<A, ByteArray> || std::is_same_v<B, ByteArray>)
bool operator==(A a, B b) {
  return buffer_of(a) == buffer_of(b);
}
template <typename A, typename B>
  requires(std::is_same_v<A, ByteArray> || std::is_same_v<B, ByteArray>)
std::strong_ordering operator<=>(A a, B b) {
  return buffer_of(a).compare(buffer_of(b)) <=> 0;
}
inline bool equal(ByteArray a, ByteArray b) { return a == b; }

// The left operand's type wins: bytearray + bytes is a bytearray.
ByteArray operator+(ByteArray a, std::string_view b);
inline ByteArray operator+(ByteArray a, ByteArray b) { return a + b.view(); }
inline ByteArray operator+(ByteArray a, Bytes b) { return a + b.view(); }
inline Bytes operator+(Bytes a, ByteArray b) { return a + b.bytes(); }
ByteArray repeat(ByteArray b, Int n);
bool contains(ByteArray b, Bytes needle);
inline bool contains(ByteArray b, ByteArray needle) { return contains(b, needle.bytes()); }
bool contains(ByteArray b, Int byte);
inline bool contains(Bytes b, ByteArray needle) { return contains(b, needle.bytes()); }
// An index or slice of a bytearray, as for bytes (strings.cpp writes both alike).
inline Int subscript(ByteArray b, int64_t index) { return b.get(index); }
inline ByteArray slice(ByteArray b, int64_t start, int64_t stop, int64_t step = kNone) { return b.slice(start, stop, step); }

using ByteArrayIterator = ByteIterator<ByteArray>;
inline NextRange<ByteArrayIterator, Int> iterate(ByteArray b) {
  return NextRange<ByteArrayIterator, Int>(ByteArrayIterator(b));
}

// bytearray(n), bytearray(iterable of ints), and the bytes methods' results
// as bytearrays.
ByteArray bytearray_of_size(Int n);
template <typename Items>
ByteArray bytearray_of_items(Items items) {
  ByteArray out;
  for (Int item : iterate(items)) out.append(item);
  return out;
}
// The bytes a Value given to a bytearray stands for: a bytes or bytearray,
// or an iterable of ints in range(256) (`array`: the ValueError's message
// is bytearray's, else bytes').
Bytes bytes_from_value(Value v, bool array = true);
// bytes(v) and bytearray(v) of a Value: that, or a size (TypeError "string
// argument without an encoding" for a str).
Bytes bytes_of_value(Value v, bool array);
// bytes_from_value where CPython converts with PyObject_Bytes
// (int.from_bytes): a str or a value that is not iterable is refused with
// "cannot convert 'T' object to bytes".
Bytes object_bytes(Value v);
inline ByteArray to_bytearray(Bytes b) { return ByteArray::from(b.view()); }
List<ByteArray> to_bytearray(List<Bytes> parts);
Tuple<ByteArray, ByteArray, ByteArray> to_bytearray(Tuple<Bytes, Bytes, Bytes> parts);

}  // namespace ingot::rt
