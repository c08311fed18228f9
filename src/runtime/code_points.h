// A str's characters addressable by position, for the algorithms that walk
// characters back and forth (split on whitespace, case mapping, ...): an
// ASCII string is its own bytes; anything else is decoded once.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/str.h"
#include "unicode/unicode.h"

namespace ingot::rt {

class CodePoints {
 public:
  explicit CodePoints(Str s) : s_(s) {
    if (s.is_ascii()) return;
    decoded_.reserve(s.length());
    offsets_.reserve(s.length() + 1);
    for (size_t at = 0; at < static_cast<size_t>(s.size_bytes());) {
      offsets_.push_back(static_cast<int64_t>(at));
      decoded_.push_back(unicode::next_utf8(s.view(), at));
    }
    offsets_.push_back(s.size_bytes());
  }

  int64_t size() const { return s_.length(); }
  char32_t operator[](int64_t i) const {
    return s_.is_ascii() ? static_cast<unsigned char>(s_.data()[i]) : decoded_[i];
  }
  // The byte offset of character i (i == size() gives the end).
  int64_t offset(int64_t i) const { return s_.is_ascii() ? i : offsets_[i]; }
  // The characters [begin, end) as a str.
  Str slice(int64_t begin, int64_t end) const {
    int64_t first = offset(begin), last = offset(end);
    if (first == 0 && last == s_.size_bytes()) return s_;
    return Str::from_utf8(s_.view().substr(first, last - first), end - begin);  // no recount
  }

 private:
  Str s_;
  std::vector<char32_t> decoded_;
  std::vector<int64_t> offsets_;
};

}  // namespace ingot::rt
