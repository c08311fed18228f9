#include "runtime/bytes.h"

#include <cstdio>
#include <string>

#include "runtime/byte_iterator_object.h"
#include "runtime/codec.h"
#include "runtime/exception.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace ingot::rt {
namespace {

const TypeObject* const bytes_mro[] = {&bytes_type, &object_type};

Bytes bytes_of(const Object* o) { return Bytes(reinterpret_cast<const BytesObject*>(o)); }
Str bytes_repr_slot(const Object* o) { return repr(Bytes(reinterpret_cast<const BytesObject*>(o))); }
int64_t bytes_hash_slot(const Object* o) { return hash(Bytes(reinterpret_cast<const BytesObject*>(o))); }
bool bytes_equal_slot(const Object* o, Value other) {
  return !other.is_small_int() && other.object()->type == &bytes_type &&
         Bytes(reinterpret_cast<const BytesObject*>(o)) == Bytes(reinterpret_cast<const BytesObject*>(other.object()));
}
// Only called with another bytes (protocol.h).
bool bytes_compare_slot(const Object* o, Value other, CompareOp op) {
  return rich_compare(bytes_of(o).view(), bytes_of(other.object()).view(), op);
}

// The dynamic protocol (a bytes in a Value): len, b[i], iteration.
int64_t bytes_len_slot(const Object* o) { return bytes_of(o).size(); }
Value bytes_getitem_slot(const Object* o, Value key) {
  if (!key.is_small_int() && &key.type() != &bool_type)
    raise(exc::TypeError, "byte indices must be integers or slices, not " + std::string(key.type().name));
  return subscript(bytes_of(o), key.is_small_int() ? key.as_int().small() : int64_t{key.as_bool()});
}
extern const TypeObject bytes_iterator_type;
const TypeObject* const bytes_iterator_mro[] = {&bytes_iterator_type, &object_type};
const TypeObject bytes_iterator_type{.name = "bytes_iterator",
                                     .module = "builtins",
                                     .mro = bytes_iterator_mro,
                                     .iter = byte_iterator_self,
                                     .next = byte_iterator_next<Bytes>};
Value bytes_iter_slot(const Object* o) {
  return box_byte_iterator(bytes_of(o), bytes_iterator_type);
}

struct EmptyBytes {
  BytesObject object;
  char text[8];
};
constinit EmptyBytes empty_bytes{{{&bytes_type}, 0, -1}, {}};

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

template <bool (*predicate)(unsigned char)>
bool all_of(Bytes b) {
  if (b.size() == 0) return false;
  for (int64_t i = 0; i < b.size(); ++i)
    if (!predicate(b.at(i))) return false;
  return true;
}
bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }

Bytes map_bytes(Bytes b, char (*f)(unsigned char)) {
  Bytes out = Bytes::allocate(b.size());
  for (int64_t i = 0; i < b.size(); ++i) out.mutable_data()[i] = f(b.at(i));
  return out;
}

}  // namespace

const TypeObject bytes_type{.name = "bytes",
                            .module = "builtins",
                            .mro = bytes_mro,
                            .str = bytes_repr_slot,
                            .repr = bytes_repr_slot,
                            .hash = bytes_hash_slot,
                            .equal = bytes_equal_slot,
                            .compare = bytes_compare_slot,
                            .len = bytes_len_slot,
                            .getitem = bytes_getitem_slot,
                            .iter = bytes_iter_slot,
                            .binary = detail::bytes_like_binary};

Bytes::Bytes() : object_(&empty_bytes.object) {}

Bytes Bytes::allocate(int64_t size) {
  auto* object = static_cast<BytesObject*>(gc_alloc_atomic(sizeof(BytesObject) + static_cast<size_t>(size) + 1));
  *object = {{&bytes_type}, size, -1};
  const_cast<char*>(object->data())[size] = '\0';
  return Bytes(object);
}

Bytes Bytes::from(std::string_view bytes) {
  if (bytes.empty()) return Bytes();
  Bytes b = allocate(static_cast<int64_t>(bytes.size()));
  std::memcpy(b.mutable_data(), bytes.data(), bytes.size());
  return b;
}

int64_t hash(Bytes b) {
  int64_t h = b.object()->hash;
  if (h != -1) return h;
  h = detail::hash_bytes(b.view());
  b.object()->hash = h;
  return h;
}

Str repr(Bytes b) { return Str::from_ascii(bytes_literal(b.view())); }

std::string bytes_literal(std::string_view v) {
  char quote = v.find('\'') != std::string_view::npos && v.find('"') == std::string_view::npos ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (unsigned char c : v) {
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      char text[8];
      std::snprintf(text, sizeof text, "\\x%02x", c);
      out += text;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

Value box(Bytes b) { return Value::of_object(&b.object()->header); }

Int subscript(Bytes b, int64_t index) {
  if (index < 0) index += b.size();
  if (index < 0 || index >= b.size()) raise(exc::IndexError, "index out of range");
  return Int(int64_t{b.at(index)});
}

Bytes slice(Bytes b, int64_t start, int64_t stop, int64_t step) {
  SliceRange r = adjust_slice(start, stop, step, b.size());
  if (r.step == 1) return Bytes::from(b.view().substr(static_cast<size_t>(r.start), static_cast<size_t>(r.count)));
  Bytes out = Bytes::allocate(r.count);
  for (int64_t i = 0; i < r.count; ++i) out.mutable_data()[i] = static_cast<char>(b.at(r.start + i * r.step));
  return out;
}

Bytes operator+(Bytes a, Bytes b) {
  Bytes out = Bytes::allocate(a.size() + b.size());
  std::memcpy(out.mutable_data(), a.view().data(), a.view().size());
  std::memcpy(out.mutable_data() + a.size(), b.view().data(), b.view().size());
  return out;
}

Bytes repeat(Bytes b, Int n) {
  auto count = n.to_int64();
  if (count && *count <= 0) return Bytes();
  if (!count || (b.size() > 0 && *count > INT64_MAX / 2 / b.size())) raise(exc::OverflowError, "repeated bytes are too long");
  Bytes out = Bytes::allocate(b.size() * *count);
  for (int64_t i = 0; i < *count; ++i) std::memcpy(out.mutable_data() + i * b.size(), b.view().data(), b.view().size());
  return out;
}

bool contains(Bytes b, Bytes needle) { return b.view().find(needle.view()) != std::string_view::npos; }
bool contains(Bytes b, Int byte) {
  char c = detail_byte_value(byte);
  return b.view().find(c) != std::string_view::npos;
}

char detail_byte_value(Int item) {
  auto v = item.to_int64();
  if (!v || *v < 0 || *v > 255) raise(exc::ValueError, "bytes must be in range(0, 256)");
  return static_cast<char>(*v);
}

Bytes bytes_of_size(Int n) {
  if (n.is_negative()) raise(exc::ValueError, "negative count");
  auto size = n.to_int64();
  if (!size) raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  Bytes out = Bytes::allocate(*size);
  std::memset(out.mutable_data(), 0, static_cast<size_t>(*size));
  return out;
}

Bytes str_encode(Str s, Str encoding, Str errors) {
  std::string out;
  encode(s, find_codec(encoding), find_errors(errors), out, errors);
  return Bytes::from(out);
}

Str bytes_decode(Bytes b, Str encoding, Str errors) {
  return decode(b.view(), find_codec(encoding), find_errors(errors), errors);
}

Str bytes_hex(Bytes b) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (int64_t i = 0; i < b.size(); ++i) {
    out += kDigits[b.at(i) >> 4];
    out += kDigits[b.at(i) & 15];
  }
  return Str::from_ascii(out);
}

Bytes bytes_fromhex(Str s) {
  std::string_view v = s.view();
  std::string out;
  auto digit = [](char c) { return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1; };
  for (size_t i = 0; i < v.size();) {
    if (v[i] == ' ') {
      ++i;
      continue;
    }
    int high = digit(v[i]), low = i + 1 < v.size() ? digit(v[i + 1]) : -1;
    if (high < 0 || low < 0) {
      size_t at = high < 0 ? i : i + 1;
      raise(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position " + std::to_string(at));
    }
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return Bytes::from(out);
}

Bytes bytes_upper(Bytes b) {
  return map_bytes(b, [](unsigned char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c); });
}
Bytes bytes_lower(Bytes b) {
  return map_bytes(b, [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
}

Bytes bytes_strip(Bytes b, Bytes chars) {
  std::string_view v = b.view(), set = chars.view();
  size_t first = v.find_first_not_of(set);
  if (first == std::string_view::npos) return Bytes();
  return Bytes::from(v.substr(first, v.find_last_not_of(set) - first + 1));
}
Bytes bytes_strip(Bytes b) { return bytes_strip(b, Bytes::from(" \t\n\r\x0b\x0c")); }
Bytes bytes_lstrip(Bytes b, Bytes chars) {
  size_t first = b.view().find_first_not_of(chars.view());
  return first == std::string_view::npos ? Bytes() : Bytes::from(b.view().substr(first));
}
Bytes bytes_rstrip(Bytes b, Bytes chars) {
  size_t last = b.view().find_last_not_of(chars.view());
  return last == std::string_view::npos ? Bytes() : Bytes::from(b.view().substr(0, last + 1));
}
Bytes bytes_lstrip(Bytes b) { return bytes_lstrip(b, Bytes::from(" \t\n\r\x0b\x0c")); }
Bytes bytes_rstrip(Bytes b) { return bytes_rstrip(b, Bytes::from(" \t\n\r\x0b\x0c")); }

int64_t bytes_find(Bytes b, Bytes sub, int64_t start, int64_t end) {
  adjust_range(start, end, b.size());
  if (end - start < sub.size()) return -1;
  size_t at = b.view().substr(0, static_cast<size_t>(end)).find(sub.view(), static_cast<size_t>(start));
  return at == std::string_view::npos ? -1 : static_cast<int64_t>(at);
}
int64_t bytes_index(Bytes b, Bytes sub, int64_t start, int64_t end) {
  int64_t at = bytes_find(b, sub, start, end);
  if (at < 0) raise(exc::ValueError, "subsection not found");
  return at;
}
int64_t bytes_count(Bytes b, Bytes sub, int64_t start, int64_t end) {
  adjust_range(start, end, b.size());
  if (end - start < sub.size()) return 0;
  if (sub.size() == 0) return end - start + 1;
  std::string_view v = b.view().substr(0, static_cast<size_t>(end));
  int64_t n = 0;
  for (size_t at = static_cast<size_t>(start); (at = v.find(sub.view(), at)) != std::string_view::npos; at += sub.view().size()) ++n;
  return n;
}
bool bytes_startswith(Bytes b, Bytes prefix) { return b.view().starts_with(prefix.view()); }
bool bytes_endswith(Bytes b, Bytes suffix) { return b.view().ends_with(suffix.view()); }

Bytes bytes_replace(Bytes b, Bytes old, Bytes replacement, int64_t count) {
  std::string_view v = b.view(), o = old.view();
  std::string out;
  size_t at = 0;
  for (int64_t done = 0; count < 0 || done < count; ++done) {
    if (o.empty()) {
      out.append(replacement.view());
      if (at >= v.size()) break;
      out += v[at++];
      continue;
    }
    size_t found = v.find(o, at);
    if (found == std::string_view::npos) break;
    out.append(v.substr(at, found - at));
    out.append(replacement.view());
    at = found + o.size();
  }
  if (at < v.size()) out.append(v.substr(at));
  return Bytes::from(out);
}

List<Bytes> bytes_split(Bytes b, int64_t maxsplit) {
  List<Bytes> out;
  std::string_view v = b.view();
  size_t at = 0;
  while (true) {
    while (at < v.size() && is_space(static_cast<unsigned char>(v[at]))) ++at;
    if (at >= v.size()) break;
    if (maxsplit >= 0 && out.size() == maxsplit) {  // the rest as it is, trailing whitespace too
      out.append(Bytes::from(v.substr(at)));
      break;
    }
    size_t end = at;
    while (end < v.size() && !is_space(static_cast<unsigned char>(v[end]))) ++end;
    out.append(Bytes::from(v.substr(at, end - at)));
    at = end;
  }
  return out;
}

List<Bytes> bytes_split(Bytes b, Bytes sep, int64_t maxsplit) {
  if (sep.size() == 0) raise(exc::ValueError, "empty separator");
  List<Bytes> out;
  std::string_view v = b.view();
  size_t at = 0;
  for (int64_t done = 0; maxsplit < 0 || done < maxsplit; ++done) {
    size_t found = v.find(sep.view(), at);
    if (found == std::string_view::npos) break;
    out.append(Bytes::from(v.substr(at, found - at)));
    at = found + sep.view().size();
  }
  out.append(Bytes::from(v.substr(at)));
  return out;
}

Bytes bytes_join(Bytes sep, List<Bytes> items) {
  std::string out;
  for (int64_t i = 0; i < items.size(); ++i) {
    if (i) out.append(sep.view());
    out.append(items.get(i).view());
  }
  return Bytes::from(out);
}

bool bytes_isdigit(Bytes b) { return all_of<is_digit>(b); }
bool bytes_isalpha(Bytes b) { return all_of<is_alpha>(b); }
bool bytes_isalnum(Bytes b) { return all_of<is_alnum>(b); }
bool bytes_isspace(Bytes b) { return all_of<is_space>(b); }

}  // namespace ingot::rt
