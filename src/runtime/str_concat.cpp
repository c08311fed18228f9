// f-string assembly (str_concat.h).
#include "runtime/str_concat.h"

#include <charconv>

namespace ingot::rt {

StrPiece::StrPiece(Int i) {
  if (!i.is_small()) [[unlikely]] {
    Str text = str(i);  // the digit limit's ValueError, as str(i) raises it
    data_ = text.data();
    size_ = length_ = text.size_bytes();
    return;
  }
  size_ = length_ = std::to_chars(digits_, digits_ + sizeof digits_, i.small()).ptr - digits_;
}

Str str_concat(std::initializer_list<StrPiece> pieces) {
  int64_t size = 0, length = 0;
  for (const StrPiece& piece : pieces) size += piece.size_bytes(), length += piece.length();
  if (size == length && size == 1)  // the shared one-character strs, as Str::from_utf8 gives them
    for (const StrPiece& piece : pieces)
      if (piece.size_bytes() == 1) return Str::from_ascii({piece.data(), 1});
  Str out = Str::allocate(size, length);
  char* at = out.mutable_data();
  for (const StrPiece& piece : pieces) at = detail::copy_bytes(at, piece.data(), piece.size_bytes());
  return out;
}

}  // namespace ingot::rt
