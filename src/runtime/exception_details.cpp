// The exceptions whose str() and attributes CPython derives from their
// args: OSError (errno, strerror, and a filename kept beside args) and
// UnicodeDecodeError/UnicodeEncodeError (encoding, object, start, end,
// reason).
#include <cstdio>
#include <optional>
#include <string>

#include "runtime/bytes.h"
#include "runtime/exception.h"
#include "runtime/protocol.h"

namespace ingot::rt {
namespace {

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): CPython
// reads errno and strerror from args only for 2 to 5 of them.
bool has_errno(const ExceptionObject* e) { return e->args.size() >= 2 && e->args.size() <= 5; }

bool is_unicode_error(const ExceptionObject* e) {
  return e->args.size() == 5 &&
         (isinstance(&e->header, exc::UnicodeDecodeError) || isinstance(&e->header, exc::UnicodeEncodeError));
}

std::string text(Value v) { return std::string(str(v).view()); }

std::optional<Str> os_error_str(const ExceptionObject* e) {
  Value none = Value::none();
  Value error = has_errno(e) ? e->args[0] : none, message = has_errno(e) ? e->args[1] : none;
  if (e->has_filename) {
    std::string out = "[Errno " + text(error) + "] " + text(message) + ": " + std::string(repr(e->filename).view());
    if (e->has_filename2) out += " -> " + std::string(repr(e->filename2).view());
    return Str::from_utf8(out);
  }
  if (has_errno(e)) return Str::from_utf8("[Errno " + text(error) + "] " + text(message));
  return std::nullopt;
}

// "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte"
std::optional<Str> unicode_error_str(const ExceptionObject* e) {
  std::span<const Value> a = e->args;
  if (!a[2].is_small_int() || !a[3].is_small_int()) return std::nullopt;
  int64_t start = a[2].as_int().small(), end = a[3].as_int().small();
  bool decode = isinstance(&e->header, exc::UnicodeDecodeError);
  std::string out = "'" + text(a[0]) + "' codec can't " + (decode ? "decode " : "encode ");
  char one[32] = "";
  if (end == start + 1 && decode && &a[1].type() == &bytes_type) {
    Bytes b(reinterpret_cast<const BytesObject*>(a[1].object()));
    if (start >= 0 && start < b.size()) std::snprintf(one, sizeof one, "byte 0x%02x", b.at(start));
  } else if (end == start + 1 && !decode && &a[1].type() == &str_type) {
    Str s = a[1].as_str();
    if (start >= 0 && start < s.length()) {
      char32_t c = s.code_point_at(start);
      const char* format = c <= 0xff ? "character '\\x%02x'" : c <= 0xffff ? "character '\\u%04x'" : "character '\\U%08x'";
      std::snprintf(one, sizeof one, format, unsigned(c));
    }
  }
  if (*one) out += std::string(one) + " in position " + std::to_string(start);
  else out += std::string(decode ? "bytes" : "characters") + " in position " + std::to_string(start) + "-" + std::to_string(end - 1);
  return Str::from_utf8(out + ": " + text(a[4]));
}

}  // namespace

std::optional<Str> exception_detail_str(const ExceptionObject* e) {
  if (isinstance(&e->header, exc::OSError)) return os_error_str(e);
  if (is_unicode_error(e)) return unicode_error_str(e);
  return std::nullopt;
}

bool exception_detail_getattr(const ExceptionObject* e, Str name, Value* out) {
  std::string_view n = name.view();
  if (isinstance(&e->header, exc::OSError)) {
    if (n == "errno" || n == "strerror") *out = has_errno(e) ? e->args[n == "errno" ? 0 : 1] : Value::none();
    else if (n == "filename") *out = e->has_filename ? e->filename : Value::none();
    else if (n == "filename2") *out = e->has_filename2 ? e->filename2 : Value::none();
    else return false;
    return true;
  }
  if (!is_unicode_error(e)) return false;
  static constexpr std::string_view kNames[] = {"encoding", "object", "start", "end", "reason"};
  for (size_t i = 0; i < std::size(kNames); ++i)
    if (n == kNames[i]) {
      *out = e->args[i];
      return true;
    }
  return false;
}

void take_os_error_filename(ExceptionObject* e) {
  if (!isinstance(&e->header, exc::OSError) || e->args.size() < 3 || e->args.size() > 5 || e->args[2].is_none()) return;
  e->has_filename = true;
  e->filename = e->args[2];
  if (e->args.size() == 5 && !e->args[4].is_none()) {
    e->has_filename2 = true;
    e->filename2 = e->args[4];
  }
  e->args = e->args.first(2);
}

}  // namespace ingot::rt
