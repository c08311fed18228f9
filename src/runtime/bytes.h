// Python's bytes: a pointer to an immutable BytesObject (header, size,
// cached hash, the bytes with a NUL after them), pointer-free like Str.
// Items are ints; methods are free functions bytes_<name>, as for str.
// bytearray is runtime/bytearray.h.
#pragma once

#include <compare>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/dynamic_unbox.h"
#include "runtime/int.h"
#include "runtime/iteration.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/value.h"

namespace ingot::rt {

extern const TypeObject bytes_type;

struct BytesObject {
  Object header;
  int64_t size;
  mutable int64_t hash;  // -1 until computed
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
};

class Bytes {
 public:
  Bytes();  // b''
  explicit Bytes(const BytesObject* object) : object_(object) {}
  static Bytes from(std::string_view bytes);
  // A fresh object of `size` bytes for the caller to fill before sharing it.
  static Bytes allocate(int64_t size);
  char* mutable_data() { return const_cast<char*>(object_->data()); }

  const BytesObject* object() const { return object_; }
  std::string_view view() const { return {object_->data(), static_cast<size_t>(object_->size)}; }
  int64_t size() const { return object_->size; }
  unsigned char at(int64_t i) const { return static_cast<unsigned char>(object_->data()[i]); }

 private:
  const BytesObject* object_;
};

inline int64_t len(Bytes b) { return b.size(); }
int64_t hash(Bytes b);
// b'...' as repr writes it (bytearray's repr wraps it).
std::string bytes_literal(std::string_view bytes);
Str repr(Bytes b);
inline Str str(Bytes b) { return repr(b); }
Value box(Bytes b);
template <>
struct Unbox<Bytes> {
  static Bytes from(Value v) {
    if (!v.is_small_int() && v.object()->type == &bytes_type) [[likely]]
      return Bytes(reinterpret_cast<const BytesObject*>(v.object()));
    detail::raise_unbox_error(v, "bytes");
  }
};

inline bool operator==(Bytes a, Bytes b) { return a.view() == b.view(); }
inline std::strong_ordering operator<=>(Bytes a, Bytes b) { return a.view().compare(b.view()) <=> 0; }
inline bool equal(Bytes a, Bytes b) { return a == b; }

// b[i] (IndexError "index out of range"), b[start:stop:step].
Int subscript(Bytes b, int64_t index);
Bytes slice(Bytes b, int64_t start, int64_t stop, int64_t step = kNone);
Bytes operator+(Bytes a, Bytes b);
Bytes repeat(Bytes b, Int n);
// `x in b`: a subsequence, or one byte value (ValueError "byte must be in
// range(0, 256)").
bool contains(Bytes b, Bytes needle);
bool contains(Bytes b, Int byte);

// Iteration over a bytes or a bytearray, each byte as an int. The size is
// read at every step because a loop body may resize a bytearray (as for lists).
template <class Buffer>
class ByteIterator {
 public:
  explicit ByteIterator(Buffer b) : b_(b) {}
  bool next(Int& out) {
    if (at_ >= b_.size()) return false;
    out = Int(int64_t{b_.at(at_++)});
    return true;
  }

 private:
  Buffer b_;
  int64_t at_ = 0;
};
using BytesIterator = ByteIterator<Bytes>;
inline NextRange<BytesIterator, Int> iterate(Bytes b) { return NextRange<BytesIterator, Int>(BytesIterator(b)); }

// bytes(n) (ValueError "negative count"), bytes(iterable of ints)
// (ValueError "bytes must be in range(0, 256)").
Bytes bytes_of_size(Int n);
char detail_byte_value(Int item);
template <typename Items>
Bytes bytes_of_items(Items items) {
  std::string out;
  for (Int item : iterate(items)) out += detail_byte_value(item);
  return Bytes::from(out);
}

// s.encode(encoding, errors) and b.decode(encoding, errors): runtime/codec.h.
Bytes str_encode(Str s, Str encoding = Str::from_ascii("utf-8"), Str errors = Str::from_ascii("strict"));
Str bytes_decode(Bytes b, Str encoding = Str::from_ascii("utf-8"), Str errors = Str::from_ascii("strict"));

// b % args: str % args's machine on bytes (str_percent.cpp).
Bytes bytes_percent(Bytes fmt, Value args);

namespace detail {
// The binary slot of bytes and bytearray (+, * and bytearray's += and *=
// on Values; runtime/bytearray.cpp). % is binary()'s (dynamic_operators.cpp).
bool bytes_like_binary(int op, Value self, Value other, bool reflected, Value* out);
}  // namespace detail

// Methods, as str's (str_methods.h).
Str bytes_hex(Bytes b);
Bytes bytes_fromhex(Str s);
Bytes bytes_upper(Bytes b);
Bytes bytes_lower(Bytes b);
Bytes bytes_strip(Bytes b);
Bytes bytes_strip(Bytes b, Bytes chars);
Bytes bytes_lstrip(Bytes b);
Bytes bytes_rstrip(Bytes b);
Bytes bytes_lstrip(Bytes b, Bytes chars);
Bytes bytes_rstrip(Bytes b, Bytes chars);
int64_t bytes_find(Bytes b, Bytes sub, int64_t start = kNone, int64_t end = kNone);
int64_t bytes_index(Bytes b, Bytes sub, int64_t start = kNone, int64_t end = kNone);
int64_t bytes_count(Bytes b, Bytes sub, int64_t start = kNone, int64_t end = kNone);
bool bytes_startswith(Bytes b, Bytes prefix);
bool bytes_endswith(Bytes b, Bytes suffix);
Bytes bytes_replace(Bytes b, Bytes old, Bytes replacement, int64_t count = -1);
List<Bytes> bytes_split(Bytes b, int64_t maxsplit = -1);  // on runs of ASCII whitespace
List<Bytes> bytes_split(Bytes b, Bytes sep, int64_t maxsplit = -1);
Bytes bytes_join(Bytes sep, List<Bytes> items);
bool bytes_isdigit(Bytes b);
bool bytes_isalpha(Bytes b);
bool bytes_isalnum(Bytes b);
bool bytes_isspace(Bytes b);
// int.to_bytes(length, byteorder, signed=) and int.from_bytes (int_bytes.cpp).
Bytes int_to_bytes(Int value, int64_t length, Str byteorder, bool is_signed);
Int int_from_bytes(Bytes bytes, Str byteorder, bool is_signed);
// bytes_methods.cpp.
Bytes bytes_center(Bytes b, int64_t width, Bytes fill = Bytes::from(" "));
Bytes bytes_ljust(Bytes b, int64_t width, Bytes fill = Bytes::from(" "));
Bytes bytes_rjust(Bytes b, int64_t width, Bytes fill = Bytes::from(" "));
Bytes bytes_zfill(Bytes b, int64_t width);
Bytes bytes_swapcase(Bytes b);
Bytes bytes_title(Bytes b);
Bytes bytes_capitalize(Bytes b);
bool bytes_isupper(Bytes b);
bool bytes_islower(Bytes b);
Tuple<Bytes, Bytes, Bytes> bytes_partition(Bytes b, Bytes sep);
Tuple<Bytes, Bytes, Bytes> bytes_rpartition(Bytes b, Bytes sep);
Str bytes_hex(Bytes b, Str sep, int64_t bytes_per_sep = 1);
Bytes bytes_expandtabs(Bytes b, int64_t tabsize = 8);
Bytes bytes_maketrans(Bytes from, Bytes to);  // bytes.maketrans(from, to)
// b.translate(table, delete): a null table deletes without mapping (None).
Bytes bytes_translate(Bytes b, const Bytes* table, Bytes deleted = Bytes());

}  // namespace ingot::rt
