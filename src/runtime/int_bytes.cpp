// int.to_bytes and int.from_bytes (CPython's checks and messages), on Int
// arithmetic: byte by byte, as their lengths are small in practice.
#include <string>

#include "runtime/bytes.h"
#include "runtime/exception.h"

namespace ingot::rt {
namespace {

bool little_endian(Str byteorder) {
  if (byteorder.view() == "little") return true;
  if (byteorder.view() == "big") return false;
  raise(exc::ValueError, "byteorder must be either 'little' or 'big'");
}

}  // namespace

Bytes int_to_bytes(Int value, int64_t length, Str byteorder, bool is_signed) {
  bool little = little_endian(byteorder);
  if (length < 0) raise(exc::ValueError, "length argument must be non-negative");
  if (value.is_negative() && !is_signed) raise(exc::OverflowError, "can't convert negative int to unsigned");
  Int limit = Int(1) << Int(8 * length - (is_signed ? 1 : 0));
  if (value >= limit || (is_signed && value < -limit) || (length == 0 && bool(value)))
    raise(exc::OverflowError, "int too big to convert");
  if (value.is_negative()) value = value + (Int(1) << Int(8 * length));  // two's complement
  std::string out(static_cast<size_t>(length), '\0');
  for (int64_t i = 0; i < length; ++i) {
    out[static_cast<size_t>(little ? i : length - 1 - i)] = static_cast<char>(*mod(value, Int(256)).to_int64());
    value = floordiv(value, Int(256));
  }
  return Bytes::from(out);
}

Int int_from_bytes(Bytes bytes, Str byteorder, bool is_signed) {
  bool little = little_endian(byteorder);
  Int value(0);
  int64_t n = bytes.size();
  for (int64_t i = 0; i < n; ++i) value = (value << Int(8)) + Int(int64_t{bytes.at(little ? n - 1 - i : i)});
  if (is_signed && n > 0 && bytes.at(little ? n - 1 : 0) >= 0x80) value = value - (Int(1) << Int(8 * n));
  return value;
}

}  // namespace ingot::rt
