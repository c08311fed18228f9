// An f-string's parts joined in one allocation (codegen/strings.cpp,
// joined_str): each part is formatted as it is evaluated, left to right
// (a braced list's order), into a piece that knows its bytes and length;
// the result is allocated at its exact size once all are known. An int
// part is its decimal text made inside the piece, never a str of its own.
#pragma once

#include <cstdint>
#include <initializer_list>

#include "runtime/int.h"
#include "runtime/str.h"

namespace ingot::rt {

class StrPiece {
 public:
  StrPiece(Str s) : data_(s.data()), size_(s.size_bytes()), length_(s.length()) {}  // NOLINT: implicit
  StrPiece(Int i);  // NOLINT: implicit, str(i)
  // The piece may point into itself: it stays where the list made it.
  StrPiece(const StrPiece&) = delete;
  StrPiece& operator=(const StrPiece&) = delete;

  // A pointer into a str keeps it alive (the collector sees interior
  // pointers), and the pieces live on the stack.
  const char* data() const { return data_ != nullptr ? data_ : digits_; }
  int64_t size_bytes() const { return size_; }
  int64_t length() const { return length_; }

 private:
  const char* data_ = nullptr;  // null: the text is in digits_
  int64_t size_ = 0;
  int64_t length_ = 0;
  char digits_[20];  // a small int's decimal text (20 characters at most, sign included)
};

// The pieces' text, concatenated.
Str str_concat(std::initializer_list<StrPiece> pieces);

}  // namespace ingot::rt
