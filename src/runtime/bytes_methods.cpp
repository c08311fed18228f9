// bytes' padding, case, partition and translation methods (ASCII rules,
// as CPython's bytes methods have), and hex() with a separator.
#include <string>

#include "runtime/bytes.h"
#include "runtime/exception.h"

namespace ingot::rt {
namespace {

bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
char flip(unsigned char c) { return static_cast<char>(is_lower(c) ? c - 32 : is_upper(c) ? c + 32 : c); }

Bytes pad(Bytes b, int64_t left, int64_t right, Bytes fill, const char* method) {
  if (fill.size() != 1)
    raise(exc::TypeError, std::string(method) + "() argument 2 must be a byte string of length 1, not bytes");
  if (left <= 0 && right <= 0) return b;
  std::string out(static_cast<size_t>(std::max<int64_t>(left, 0)), fill.view()[0]);
  out += b.view();
  out.append(static_cast<size_t>(std::max<int64_t>(right, 0)), fill.view()[0]);
  return Bytes::from(out);
}

}  // namespace

Bytes bytes_center(Bytes b, int64_t width, Bytes fill) {
  int64_t margin = width - b.size();
  if (margin <= 0) return pad(b, 0, 0, fill, "center");
  int64_t left = margin / 2 + (margin & width & 1);  // CPython's rounding of odd margins
  return pad(b, left, margin - left, fill, "center");
}
Bytes bytes_ljust(Bytes b, int64_t width, Bytes fill) { return pad(b, 0, width - b.size(), fill, "ljust"); }
Bytes bytes_rjust(Bytes b, int64_t width, Bytes fill) { return pad(b, width - b.size(), 0, fill, "rjust"); }

Bytes bytes_zfill(Bytes b, int64_t width) {
  int64_t fill = width - b.size();
  if (fill <= 0) return b;
  std::string_view v = b.view();
  size_t sign = !v.empty() && (v[0] == '+' || v[0] == '-');
  std::string out(v.substr(0, sign));
  out.append(static_cast<size_t>(fill), '0');
  out += v.substr(sign);
  return Bytes::from(out);
}

Bytes bytes_swapcase(Bytes b) {
  std::string out(b.view());
  for (char& c : out) c = flip(static_cast<unsigned char>(c));
  return Bytes::from(out);
}

Bytes bytes_title(Bytes b) {
  std::string out(b.view());
  bool previous_cased = false;
  for (char& c : out) {
    unsigned char u = static_cast<unsigned char>(c);
    bool cased = is_lower(u) || is_upper(u);
    if (cased) c = static_cast<char>(previous_cased ? (is_upper(u) ? u + 32 : u) : (is_lower(u) ? u - 32 : u));
    previous_cased = cased;
  }
  return Bytes::from(out);
}

Bytes bytes_capitalize(Bytes b) {
  std::string out(b.view());
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char u = static_cast<unsigned char>(out[i]);
    out[i] = static_cast<char>(i == 0 ? (is_lower(u) ? u - 32 : u) : (is_upper(u) ? u + 32 : u));
  }
  return Bytes::from(out);
}

bool bytes_isupper(Bytes b) {
  bool cased = false;
  for (unsigned char c : b.view()) {
    if (is_lower(c)) return false;
    cased |= is_upper(c);
  }
  return cased;
}

bool bytes_islower(Bytes b) {
  bool cased = false;
  for (unsigned char c : b.view()) {
    if (is_upper(c)) return false;
    cased |= is_lower(c);
  }
  return cased;
}

Tuple<Bytes, Bytes, Bytes> bytes_partition(Bytes b, Bytes sep) {
  if (sep.size() == 0) raise(exc::ValueError, "empty separator");
  size_t at = b.view().find(sep.view());
  if (at == std::string_view::npos) return {b, Bytes(), Bytes()};
  return {Bytes::from(b.view().substr(0, at)), sep, Bytes::from(b.view().substr(at + sep.view().size()))};
}

Tuple<Bytes, Bytes, Bytes> bytes_rpartition(Bytes b, Bytes sep) {
  if (sep.size() == 0) raise(exc::ValueError, "empty separator");
  size_t at = b.view().rfind(sep.view());
  if (at == std::string_view::npos) return {Bytes(), Bytes(), b};
  return {Bytes::from(b.view().substr(0, at)), sep, Bytes::from(b.view().substr(at + sep.view().size()))};
}

// b.hex(sep, bytes_per_sep): groups counted from the right for a positive
// count, from the left for a negative one.
Str bytes_hex(Bytes b, Str sep, int64_t bytes_per_sep) {
  if (sep.length() != 1 || !sep.is_ascii()) raise(exc::ValueError, "sep must be ASCII.");
  std::string digits(bytes_hex(b).view());
  if (bytes_per_sep == 0 || b.size() == 0) return Str::from_ascii(digits);
  int64_t group = bytes_per_sep < 0 ? -bytes_per_sep : bytes_per_sep;
  std::string out;
  for (int64_t i = 0; i < b.size(); ++i) {
    int64_t from_start = i, from_end = b.size() - i;
    bool boundary = i > 0 && (bytes_per_sep > 0 ? from_end % group == 0 : from_start % group == 0);
    if (boundary) out += sep.view();
    out.append(digits, static_cast<size_t>(2 * i), 2);
  }
  return Str::from_ascii(out);
}

Bytes bytes_expandtabs(Bytes b, int64_t tabsize) {
  std::string out;
  int64_t column = 0;
  for (char c : b.view()) {
    if (c == '\t') {
      if (tabsize > 0) {
        out.append(static_cast<size_t>(tabsize - column % tabsize), ' ');
        column += tabsize - column % tabsize;
      }
      continue;
    }
    out += c;
    column = c == '\n' || c == '\r' ? 0 : column + 1;
  }
  return Bytes::from(out);
}

Bytes bytes_maketrans(Bytes from, Bytes to) {
  if (from.size() != to.size()) raise(exc::ValueError, "maketrans arguments must have same length");
  Bytes table = Bytes::allocate(256);
  for (int i = 0; i < 256; ++i) table.mutable_data()[i] = static_cast<char>(i);
  for (int64_t i = 0; i < from.size(); ++i) table.mutable_data()[from.at(i)] = static_cast<char>(to.at(i));
  return table;
}

Bytes bytes_translate(Bytes b, const Bytes* table, Bytes deleted) {
  if (table && table->size() != 256) raise(exc::ValueError, "translation table must be 256 characters long");
  std::string out;
  for (int64_t i = 0; i < b.size(); ++i) {
    unsigned char c = b.at(i);
    if (deleted.view().find(static_cast<char>(c)) != std::string_view::npos) continue;
    out += table ? static_cast<char>(table->at(c)) : static_cast<char>(c);
  }
  return Bytes::from(out);
}

}  // namespace ingot::rt
