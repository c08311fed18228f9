// Python's str (docs/runtime.md, "str").
//
// A Str is a pointer to an immutable StrObject: UTF-8 bytes (generalised
// UTF-8: lone surrogates are allowed, as Python strs may hold them) with the
// code-point count and a lazily cached hash. Indexing counts code points: an
// ASCII string (length == byte size) indexes its bytes directly; any other
// string longer than kIndexStride code points carries an index of the byte
// offset of every kIndexStride-th code point (PyPy's scheme), filled on first
// use, so an index costs one table load plus a walk of at most 63 code points.
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

#include "runtime/memory.h"
#include "runtime/object.h"
#include "runtime/slice.h"

namespace ingot::rt {

class Int;
class Str;

struct StrObject {
  static constexpr int64_t kIndexStride = 64;

  Object header;
  int64_t size;           // bytes, without the trailing NUL
  int64_t length;         // code points
  mutable int64_t hash;   // -1 until first computed (hash() is never -1)
  // Then: size bytes of UTF-8 and a NUL; then, padded to 8 bytes, the offset
  // index (index_slots() entries; see str.cpp).

  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  char* data() { return reinterpret_cast<char*>(this + 1); }
  bool is_ascii() const { return size == length; }
};

namespace detail {
// The hash of a str's or a bytes' bytes (never -1; 0 for none, as CPython's).
int64_t hash_bytes(std::string_view bytes);
// Where `needle` first occurs in `text` at or after byte `from`, or npos:
// memchr for one byte, glibc's memmem for more (std::string_view::find
// compares at every match of the first byte through a call to memcmp).
size_t find_bytes(std::string_view text, std::string_view needle, size_t from = 0);
int64_t str_hash_slow(const StrObject* s);
int64_t str_byte_offset_slow(const StrObject* s, int64_t index);
Str str_subscript_slow(Str s, int64_t index);
// The one-character ASCII strings and "", preallocated (CPython caches them
// too): s[i] of an ASCII string allocates nothing.
struct StaticStr {
  StrObject object;
  char text[8];
};
extern std::array<StaticStr, 128> ascii_char_strs;
extern StaticStr empty_str;
}  // namespace detail

class Str {
 public:
  Str() : object_(&detail::empty_str.object) {}
  explicit Str(const StrObject* object) : object_(object) {}
  // From text already known to be (generalised) UTF-8: literals the compiler
  // emits, results of runtime operations. Counts the code points.
  static Str from_utf8(std::string_view utf8);
  // From text of known code-point length (skips the count).
  static Str from_utf8(std::string_view utf8, int64_t length);
  static Str from_ascii(std::string_view ascii) { return from_utf8(ascii, static_cast<int64_t>(ascii.size())); }
  static Str from_code_point(char32_t c);
  // A fresh string of `size` bytes and `length` code points for the caller
  // to fill through mutable_data() before anyone else sees it.
  static Str allocate(int64_t size, int64_t length);
  char* mutable_data() { return const_cast<StrObject*>(object_)->data(); }

  const StrObject* object() const { return object_; }
  std::string_view view() const { return {object_->data(), static_cast<size_t>(object_->size)}; }
  const char* data() const { return object_->data(); }
  int64_t size_bytes() const { return object_->size; }
  int64_t length() const { return object_->length; }
  bool is_ascii() const { return object_->is_ascii(); }
  bool empty() const { return object_->size == 0; }

  int64_t hash() const {
    int64_t h = object_->hash;
    return h != -1 ? h : detail::str_hash_slow(object_);
  }

  // The byte offset of code point `index` (0 <= index <= length).
  int64_t byte_offset(int64_t index) const {
    if (is_ascii() || index == 0) return index;
    return detail::str_byte_offset_slow(object_, index);
  }
  // The code point at `index` (0 <= index < length).
  char32_t code_point_at(int64_t index) const;

 private:
  const StrObject* object_;
};

inline int64_t len(Str s) { return s.length(); }
inline int64_t hash(Str s) { return s.hash(); }

// s[i], negative counting from the end; IndexError "string index out of range".
inline Str subscript(Str s, int64_t index) {
  if (index < 0) index += s.length();
  if (static_cast<uint64_t>(index) < static_cast<uint64_t>(s.length()) && s.is_ascii())
    return Str(&detail::ascii_char_strs[static_cast<unsigned char>(s.data()[index])].object);
  return detail::str_subscript_slow(s, index);
}
// The characters between two byte offsets that fall on character
// boundaries (the str methods' building block).
Str byte_slice(Str s, int64_t begin, int64_t end);
// s[start:stop:step], kNone for an omitted bound.
Str slice(Str s, int64_t start, int64_t stop, int64_t step = kNone);

Str operator+(Str a, Str b);
// s * n; n <= 0 gives "". OverflowError when the result cannot exist.
Str repeat(Str s, int64_t n);
Str repeat(Str s, Int n);

namespace detail {
// Two byte runs of n bytes are equal. Dict keys and words are short: up to
// 32 bytes they compare as a few word loads (overlapping at the end, never
// reading outside the runs) or byte loads instead of a call to memcmp.
inline bool same_bytes(const char* a, const char* b, int64_t n) {
  auto load64 = [](const char* p) { uint64_t w; std::memcpy(&w, p, 8); return w; };
  if (n > 32) return std::memcmp(a, b, static_cast<size_t>(n)) == 0;
  if (n >= 8) {
    for (int64_t i = 0; i + 8 < n; i += 8)
      if (load64(a + i) != load64(b + i)) return false;
    return load64(a + n - 8) == load64(b + n - 8);
  }
  // Byte loads: a key made just now (k + str(i)) was written a piece at a
  // time, and a wider load spanning several of those stores would wait for
  // them all to reach the cache.
  for (int64_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}
// Copies n bytes to `to` and gives the end of the copy. The pieces of
// f-strings and joins are mostly a few bytes: up to 16 they take two
// fixed-size (overlapping) moves instead of a call to memcpy.
inline char* copy_bytes(char* to, const char* from, int64_t n) {
  if (n > 16) return static_cast<char*>(std::memcpy(to, from, static_cast<size_t>(n))) + n;
  if (n >= 8) {
    std::memcpy(to, from, 8);
    std::memcpy(to + n - 8, from + n - 8, 8);
  } else if (n >= 4) {
    std::memcpy(to, from, 4);
    std::memcpy(to + n - 4, from + n - 4, 4);
  } else if (n > 0) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
  return to + n;
}
}  // namespace detail

// Identity, then size, then the cached hashes where both are known (a
// mismatch is common where keys are looked up), then the bytes.
inline bool operator==(Str a, Str b) {
  if (a.object() == b.object()) return true;
  if (a.size_bytes() != b.size_bytes()) return false;
  int64_t ha = a.object()->hash, hb = b.object()->hash;
  if (ha != hb && ha != -1 && hb != -1) return false;
  return detail::same_bytes(a.data(), b.data(), a.size_bytes());
}
// UTF-8 byte order is code point order, which is what Python compares.
inline std::strong_ordering operator<=>(Str a, Str b) { return a.view().compare(b.view()) <=> 0; }

// `needle in s`.
bool contains(Str s, Str needle);

// Iterating a str: one-character strs in order.
class StrIterator {
 public:
  explicit StrIterator(Str s) : s_(s) {}
  // The next character, or false at the end.
  bool next(Str& out);

 private:
  Str s_;
  int64_t at_ = 0;  // byte offset
};

// repr(s): CPython's quoting and escapes; str(s) is s.
Str repr(Str s);
inline Str str(Str s) { return s; }

// ord(c): TypeError unless c is one character. chr(i): ValueError outside
// range(0x110000).
int64_t ord(Str c);
Str chr(int64_t code_point);
Str chr(Int code_point);

// Concatenation in a loop (`s += x`) is compiled to a builder, so building a
// string stays linear.
class StrBuilder {
 public:
  void append(Str s) {
    bytes_.append(s.view());
    length_ += s.length();
  }
  void append_ascii(std::string_view ascii) {
    bytes_.append(ascii);
    length_ += static_cast<int64_t>(ascii.size());
  }
  void append_code_point(char32_t c);
  // Text whose length is unknown.
  void append_utf8(std::string_view utf8);
  Str finish() const { return Str::from_utf8(bytes_, length_); }
  int64_t length() const { return length_; }

 private:
  std::string bytes_;
  int64_t length_ = 0;
};

// The number of code points in valid generalised UTF-8.
int64_t count_code_points(std::string_view utf8);

}  // namespace ingot::rt
