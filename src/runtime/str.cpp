// str's representation: allocation, the code-point offset index, hashing,
// indexing, slicing, concatenation, repetition, repr, ord/chr.
#include "runtime/str.h"

#include <algorithm>

#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/memory.h"
#include "runtime/str_append.h"
#include "unicode/unicode.h"

namespace ingot::rt {
namespace {

const TypeObject* const str_mro[] = {&str_type, &object_type};

Str str_str_slot(const Object* object) { return Str(reinterpret_cast<const StrObject*>(object)); }
Str str_repr_slot(const Object* object) { return repr(Str(reinterpret_cast<const StrObject*>(object))); }

constexpr int64_t kStride = StrObject::kIndexStride;

// The offset index follows the bytes, 8-aligned: entry k holds the byte
// offset of code point (k + 1) * kStride. Only non-ASCII strings longer than
// one stride have one. Entry 0 is 0 until the index is built (a real entry
// 0 is never 0), which saves a flag.
int64_t index_slots(int64_t size, int64_t length) {
  return size != length && length > kStride ? (length - 1) / kStride : 0;
}
size_t index_position(int64_t size) { return (sizeof(StrObject) + size + 1 + 7) & ~size_t{7}; }
int64_t* index_of(const StrObject* s) {
  return reinterpret_cast<int64_t*>(reinterpret_cast<char*>(const_cast<StrObject*>(s)) + index_position(s->size));
}

int utf8_sequence_length(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

int64_t walk(const char* data, int64_t byte, int64_t code_points) {
  for (; code_points > 0; --code_points) byte += utf8_sequence_length(static_cast<unsigned char>(data[byte]));
  return byte;
}

void build_index(const StrObject* s) {
  int64_t* index = index_of(s);
  int64_t slots = index_slots(s->size, s->length);
  int64_t byte = 0;
  for (int64_t k = 0; k < slots; ++k) index[k] = byte = walk(s->data(), byte, kStride);
}

// The heap block a string of `size` bytes and `length` code points takes.
size_t bytes_for(int64_t size, int64_t length) {
  return index_position(size) + static_cast<size_t>(index_slots(size, length)) * sizeof(int64_t);
}

// A string's extent once its bytes change: the NUL after them, and an
// offset index (whose place follows the bytes) to build when first needed.
void set_extent(StrObject* s, int64_t size, int64_t length) {
  s->size = size;
  s->length = length;
  s->data()[size] = '\0';
  if (index_slots(size, length) > 0) index_of(s)[0] = 0;
}

// A new string in a block of `bytes`, for the caller to fill. Small
// blocks come from the inline atomic free lists (memory.h): nothing points
// past a string's block, as its bytes end with a NUL inside it.
StrObject* new_str(size_t bytes, int64_t size, int64_t length) {
  auto* s = static_cast<StrObject*>(gc_alloc_exact_atomic(bytes));
  *s = {{&str_type}, size, length, -1};
  set_extent(s, size, length);
  return s;
}

constexpr detail::StaticStr static_str(char c, int64_t length) {
  detail::StaticStr s{};
  s.object = {{&str_type}, length, length, -1};
  s.text[0] = c;
  return s;
}

constexpr std::array<detail::StaticStr, 128> ascii_table() {
  std::array<detail::StaticStr, 128> table{};
  for (int c = 0; c < 128; ++c) table[c] = static_str(static_cast<char>(c), 1);
  return table;
}

[[noreturn]] void raise_too_long() { raise(exc::OverflowError, "repeated string is too long"); }

}  // namespace

const TypeObject str_type{"str", "builtins", str_mro, str_str_slot, str_repr_slot};

namespace detail {

constinit StaticStr empty_str = static_str('\0', 0);
constinit std::array<StaticStr, 128> ascii_char_strs = ascii_table();

// Any good hash will do: CPython randomises str and bytes hashes per
// process, so no program can depend on their values (but "" and b"" hash
// to 0 whatever the seed). Most keys are short: up to 16 bytes they are
// two loads and two multiplications, without a loop.
int64_t hash_bytes(std::string_view bytes) {
  if (bytes.empty()) return 0;
  auto load64 = [](const char* p) { uint64_t w; std::memcpy(&w, p, 8); return w; };
  // The 128-bit product's halves folded together: every bit of either
  // factor reaches the low bits, which pick the table slot.
  auto mix = [](uint64_t a, uint64_t b) {
    unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
    return static_cast<uint64_t>(product) ^ static_cast<uint64_t>(product >> 64);
  };
  constexpr uint64_t kOdd0 = 0x9E3779B97F4A7C15, kOdd1 = 0xC2B2AE3D27D4EB4F, kOdd2 = 0x165667B19E3779F9;
  const char* p = bytes.data();
  size_t n = bytes.size();
  uint64_t h = kOdd0 ^ n, a, b;
  if (n <= 16) {
    if (n >= 8) {
      a = load64(p), b = load64(p + n - 8);
    } else {
      // Byte loads: a string made just now (k + str(i)) was written a
      // piece at a time, and a wider load spanning several of those stores
      // waits for them all to reach the cache.
      a = b = 0;
      for (size_t i = 0; i < n; ++i) a |= uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
    }
  } else {
    for (; n > 16; p += 16, n -= 16) h = mix(load64(p) ^ kOdd1, load64(p + 8) ^ h);
    a = load64(p + n - 16), b = load64(p + n - 8);  // the last 16 bytes, overlapping what went before
  }
  auto result = static_cast<int64_t>(mix(mix(a ^ kOdd1, b ^ h) ^ kOdd2, bytes.size() ^ kOdd0));
  return result == -1 ? -2 : result;
}

size_t find_bytes(std::string_view text, std::string_view needle, size_t from) {
  if (from > text.size()) return std::string_view::npos;
  const char* start = text.data() + from;
  size_t size = text.size() - from;
  if (needle.size() == 1 && size <= 32) {  // a short loop costs less than setting up memchr
    for (size_t i = 0; i < size; ++i)
      if (start[i] == needle[0]) return from + i;
    return std::string_view::npos;
  }
  const void* found = needle.size() == 1 ? std::memchr(start, needle[0], size)
                                         : memmem(start, size, needle.data(), needle.size());
  return found ? static_cast<const char*>(found) - text.data() : std::string_view::npos;
}

int64_t str_hash_slow(const StrObject* s) {
  int64_t h = hash_bytes({s->data(), static_cast<size_t>(s->size)});
  s->hash = h;
  return h;
}

int64_t str_byte_offset_slow(const StrObject* s, int64_t index) {
  if (index >= s->length) return s->size;
  if (index < kStride) return walk(s->data(), 0, index);
  int64_t* offsets = index_of(s);
  if (offsets[0] == 0) build_index(s);
  return walk(s->data(), offsets[index / kStride - 1], index % kStride);
}

}  // namespace detail

Str Str::allocate(int64_t size, int64_t length) {
  if (size == 0) return Str();
  return Str(new_str(bytes_for(size, length), size, length));
}

Str Str::from_utf8(std::string_view utf8, int64_t length) {
  if (length == 1 && utf8.size() == 1) return Str(&detail::ascii_char_strs[static_cast<unsigned char>(utf8[0])].object);
  Str s = allocate(static_cast<int64_t>(utf8.size()), length);
  detail::copy_bytes(s.mutable_data(), utf8.data(), static_cast<int64_t>(utf8.size()));
  return s;
}

Str Str::from_utf8(std::string_view utf8) { return from_utf8(utf8, count_code_points(utf8)); }

Str Str::from_code_point(char32_t c) {
  if (c < 0x80) return Str(&detail::ascii_char_strs[c].object);
  std::string utf8;
  unicode::append_utf8(utf8, c);
  return from_utf8(utf8, 1);
}

char32_t Str::code_point_at(int64_t index) const {
  size_t at = static_cast<size_t>(byte_offset(index));
  return unicode::next_utf8(view(), at);
}

int64_t count_code_points(std::string_view utf8) {
  int64_t count = 0;
  for (char c : utf8) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

Str detail::str_subscript_slow(Str s, int64_t index) {
  if (index < 0 || index >= s.length()) raise(exc::IndexError, "string index out of range");
  return Str::from_code_point(s.code_point_at(index));
}

Str byte_slice(Str s, int64_t begin, int64_t end) {
  if (begin == 0 && end == s.size_bytes()) return s;
  std::string_view bytes = s.view().substr(begin, end - begin);
  return s.is_ascii() ? Str::from_ascii(bytes) : Str::from_utf8(bytes);
}

Str slice(Str s, int64_t start, int64_t stop, int64_t step) {
  SliceRange range = adjust_slice(start, stop, step, s.length());
  if (range.count <= 0) return Str();
  if (range.step == 1) {
    if (range.count == s.length()) return s;
    int64_t first = s.byte_offset(range.start);
    int64_t last = s.is_ascii() ? range.start + range.count : s.byte_offset(range.start + range.count);
    return Str::from_utf8(s.view().substr(first, last - first), range.count);
  }
  if (s.is_ascii()) {
    std::string bytes;
    for (int64_t i = 0, at = range.start; i < range.count; ++i, at += range.step) bytes += s.data()[at];
    return Str::from_ascii(bytes);
  }
  StrBuilder out;
  std::u32string code_points;
  for (size_t at = 0; at < static_cast<size_t>(s.size_bytes());) code_points += unicode::next_utf8(s.view(), at);
  for (int64_t i = 0, at = range.start; i < range.count; ++i, at += range.step) out.append_code_point(code_points[at]);
  return out.finish();
}

Str operator+(Str a, Str b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  Str s = Str::allocate(a.size_bytes() + b.size_bytes(), a.length() + b.length());
  std::memcpy(s.mutable_data(), a.data(), a.size_bytes());
  std::memcpy(s.mutable_data() + a.size_bytes(), b.data(), b.size_bytes());
  return s;
}

Str str_append(Str s, Str t, StrObject*& owned) {
  if (t.empty()) return s;
  int64_t size = s.size_bytes() + t.size_bytes(), length = s.length() + t.length();
  auto* o = const_cast<StrObject*>(s.object());
  if (o == owned && bytes_for(size, length) <= GC_size(o)) {
    std::memcpy(o->data() + o->size, t.data(), t.size_bytes());
    set_extent(o, size, length);
    o->hash = -1;  // its text changed
    return s;
  }
  // A first append makes an exact copy (most strings get one); a second
  // one that does not fit doubles.
  size_t room = o == owned ? bytes_for(2 * size, 2 * length) : bytes_for(size, length);
  StrObject* grown = new_str(room, size, length);
  std::memcpy(grown->data(), s.data(), s.size_bytes());
  std::memcpy(grown->data() + s.size_bytes(), t.data(), t.size_bytes());
  owned = grown;
  return Str(grown);
}

Str repeat(Str s, int64_t n) {
  if (n <= 0 || s.empty()) return Str();
  if (n == 1) return s;
  if (s.size_bytes() > INT64_MAX / 2 / n) raise_too_long();
  int64_t size = s.size_bytes() * n;
  Str out = Str::allocate(size, s.length() * n);
  char* data = out.mutable_data();
  std::memcpy(data, s.data(), s.size_bytes());
  // Doubling copies: log2(n) memcpy calls.
  for (int64_t done = s.size_bytes(); done < size;) {
    int64_t chunk = std::min(done, size - done);
    std::memcpy(data + done, data, chunk);
    done += chunk;
  }
  return out;
}

Str repeat(Str s, Int n) {
  if (std::optional<int64_t> count = n.to_int64()) return repeat(s, *count);
  if (n.is_negative()) return Str();
  raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
}

bool contains(Str s, Str needle) {
  // UTF-8 is self-synchronising: a byte match is a code-point match.
  return detail::find_bytes(s.view(), needle.view()) != std::string_view::npos;
}

bool StrIterator::next(Str& out) {
  if (at_ >= s_.size_bytes()) return false;
  auto lead = static_cast<unsigned char>(s_.data()[at_]);
  if (lead < 0x80) {
    out = Str(&detail::ascii_char_strs[lead].object);
    ++at_;
    return true;
  }
  int length = utf8_sequence_length(lead);
  out = Str::from_utf8(s_.view().substr(at_, length), 1);
  at_ += length;
  return true;
}

Str repr(Str s) {
  std::string_view text = s.view();
  char quote = text.find('\'') != std::string_view::npos && text.find('"') == std::string_view::npos ? '"' : '\'';
  std::string out;
  out.reserve(text.size() + 2);
  out += quote;
  static constexpr char kHex[] = "0123456789abcdef";
  auto hex = [&](char prefix, char32_t c, int digits) {
    out += '\\';
    out += prefix;
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
  };
  for (size_t at = 0; at < text.size();) {
    size_t begin = at;
    char32_t c = unicode::next_utf8(text, at);
    if (c == static_cast<char32_t>(quote) || c == '\\') out += '\\', out += static_cast<char>(c);
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < ' ' || c == 0x7F) hex('x', c, 2);
    else if (c < 0x7F || unicode::is_printable(c)) out.append(text.substr(begin, at - begin));
    else if (c <= 0xFF) hex('x', c, 2);
    else if (c <= 0xFFFF) hex('u', c, 4);
    else hex('U', c, 8);
  }
  out += quote;
  return Str::from_utf8(out);
}

int64_t ord(Str c) {
  if (c.length() != 1)
    raise(exc::TypeError, "ord() expected a character, but string of length " + std::to_string(c.length()) + " found");
  return c.code_point_at(0);
}

Str chr(int64_t code_point) {
  if (code_point < 0 || code_point > unicode::kMaxCodePoint) raise(exc::ValueError, "chr() arg not in range(0x110000)");
  return Str::from_code_point(static_cast<char32_t>(code_point));
}

Str chr(Int code_point) {
  std::optional<int64_t> v = code_point.to_int64();
  if (!v || *v > INT32_MAX || *v < INT32_MIN) raise(exc::OverflowError, "Python int too large to convert to C int");
  return chr(*v);
}

void StrBuilder::append_code_point(char32_t c) {
  unicode::append_utf8(bytes_, c);
  ++length_;
}

void StrBuilder::append_utf8(std::string_view utf8) {
  bytes_.append(utf8);
  length_ += count_code_points(utf8);
}

}  // namespace ingot::rt
