// The time module's calendar functions: struct_time and the conversions
// between it, timestamps and text, as CPython 3.11's timemodule.c on glibc.
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cmath>
#include <ctime>
#include <string>

#include "runtime/exception.h"
#include "runtime/memory.h"
#include "runtime/struct_sequence.h"
#include "runtime/time_module.h"
#include "runtime/tuple.h"
#include "runtime/value_builtins.h"

namespace ingot::rt::time {
namespace {

constexpr std::string_view kFields[] = {"tm_year", "tm_mon",  "tm_mday",  "tm_hour", "tm_min",   "tm_sec",
                                        "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};
extern const StructSequenceType struct_time_type;
const TypeObject* const struct_time_mro[] = {&struct_time_type.type, &tuple_type, &object_type};
const StructSequenceType struct_time_type{
    {.name = "time.struct_time", .module = "time", .mro = struct_time_mro, .str = struct_sequence::repr,
     .repr = struct_sequence::repr, .equal = struct_sequence::equal, .compare = struct_sequence::compare,
     .getattr = struct_sequence::getattr, .len = struct_sequence::len, .getitem = struct_sequence::getitem,
     .iter = struct_sequence::iter},
    kFields,
    9};

// CPython's _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR.
time_t to_time_t(Value secs) {
  if (secs.is_float()) {
    double d = secs.as_float();
    if (std::isnan(d)) raise(exc::ValueError, "Invalid value NaN (not a number)");
    d = std::floor(d);
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
      raise(exc::OverflowError, "timestamp out of range for platform time_t");
    return static_cast<time_t>(d);
  }
  std::optional<int64_t> n = index_value(secs).to_int64();
  if (!n) raise(exc::OverflowError, "timestamp out of range for platform time_t");
  return static_cast<time_t>(*n);
}

time_t now_or(Value secs) {
  if (secs.is_none()) return static_cast<time_t>(std::floor(time()));
  return to_time_t(secs);
}

Value make_struct_time(const tm& t) {
  Value items[] = {Int(t.tm_year + int64_t{1900}),
                   Int(t.tm_mon + 1),
                   Int(t.tm_mday),
                   Int(t.tm_hour),
                   Int(t.tm_min),
                   Int(t.tm_sec),
                   Int((t.tm_wday + 6) % 7),
                   Int(t.tm_yday + 1),
                   Int(t.tm_isdst),
                   t.tm_zone ? Value(Str::from_utf8(t.tm_zone)) : Value::none(),
                   Int(static_cast<int64_t>(t.tm_gmtoff))};
  return make_struct_sequence(struct_time_type, items);
}

// An item of the 9 as a C int (PyArg_ParseTuple's "i").
int int_item(Value v) {
  std::optional<int64_t> n = index_value(v).to_int64();
  if (!n || *n > INT_MAX) raise(exc::OverflowError, "signed integer is greater than maximum");
  if (*n < INT_MIN) raise(exc::OverflowError, "signed integer is less than minimum");
  return static_cast<int>(*n);
}

// CPython's gettmarg: the tuple's 9 fields as a struct tm (and a
// struct_time's zone).
tm to_tm(Value t) {
  if (t.is_small_int() || !has_tuple_layout(t.type()))
    raise(exc::TypeError, "Tuple or struct_time argument required");
  auto* sequence = reinterpret_cast<const SequenceObject*>(t.object());
  if (sequence->size != 9)
    raise(exc::TypeError, "function takes exactly 9 arguments (" + std::to_string(sequence->size) + " given)");
  int f[9];
  for (int i = 0; i < 9; ++i) f[i] = int_item(sequence->ops->item(sequence, i));
  tm out{};
  out.tm_year = f[0] - 1900;
  out.tm_mon = f[1] - 1;
  out.tm_mday = f[2];
  out.tm_hour = f[3];
  out.tm_min = f[4];
  out.tm_sec = f[5];
  out.tm_wday = (f[6] + 1) % 7;
  out.tm_yday = f[7] - 1;
  out.tm_isdst = f[8];
  if (&t.type() == &struct_time_type.type) {
    Value zone, offset;
    struct_sequence::getattr(t.object(), Str::from_ascii("tm_zone"), &zone);
    struct_sequence::getattr(t.object(), Str::from_ascii("tm_gmtoff"), &offset);
    if (!zone.is_none()) {  // a C string the collector keeps while `out` lives
      std::string_view text = zone.as_str().view();
      auto* copy = static_cast<char*>(gc_alloc_atomic(text.size() + 1));
      text.copy(copy, text.size());
      copy[text.size()] = '\0';
      out.tm_zone = copy;
    }
    if (!offset.is_none()) out.tm_gmtoff = static_cast<long>(int_item(offset));
  }
  return out;
}

// CPython's checktm, after its fix-ups of the zero fields strftime allows.
void check_tm(tm& t) {
  if (t.tm_mon == -1) t.tm_mon = 0;
  else if (t.tm_mon < 0 || t.tm_mon > 11) raise(exc::ValueError, "month out of range");
  if (t.tm_mday == 0) t.tm_mday = 1;
  else if (t.tm_mday < 0 || t.tm_mday > 31) raise(exc::ValueError, "day of month out of range");
  if (t.tm_hour < 0 || t.tm_hour > 23) raise(exc::ValueError, "hour out of range");
  if (t.tm_min < 0 || t.tm_min > 59) raise(exc::ValueError, "minute out of range");
  if (t.tm_sec < 0 || t.tm_sec > 61) raise(exc::ValueError, "seconds out of range");
  if (t.tm_wday < 0) raise(exc::ValueError, "day of week out of range");
  if (t.tm_yday == -1) t.tm_yday = 0;
  else if (t.tm_yday < 0 || t.tm_yday > 365) raise(exc::ValueError, "day of year out of range");
}

// CPython runs tzset() when the module is imported.
void ensure_tzset() {
  static bool done = (tzset(), true);
  (void)done;
}

// CPython's _asctime: "Thu Jan  1 00:00:00 1970".
Str format_asctime(const tm& t) {
  static const char kDays[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char kMonths[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buffer[64];
  snprintf(buffer, sizeof buffer, "%s %s%3d %.2d:%.2d:%.2d %d", kDays[t.tm_wday], kMonths[t.tm_mon], t.tm_mday,
           t.tm_hour, t.tm_min, t.tm_sec, 1900 + t.tm_year);
  return Str::from_ascii(buffer);
}

tm local_tm(time_t when) {
  ensure_tzset();
  tm out;
  errno = 0;
  if (!localtime_r(&when, &out)) {
    if (errno == 0) errno = EINVAL;
    raise(exc::OverflowError, "timestamp out of range for platform time_t");
  }
  return out;
}

}  // namespace

Value gmtime(Value secs) {
  time_t when = now_or(secs);
  tm out;
  if (!gmtime_r(&when, &out)) raise(exc::OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(out);
}

Value localtime(Value secs) { return make_struct_time(local_tm(now_or(secs))); }

double mktime(Value t) {
  ensure_tzset();
  tm in = to_tm(t);
  // CPython's sentinel: mktime() leaves tm_wday alone on failure.
  in.tm_wday = -1;
  time_t when = ::mktime(&in);
  if (when == static_cast<time_t>(-1) && in.tm_wday == -1) raise(exc::OverflowError, "mktime argument out of range");
  return static_cast<double>(when);
}

Str strftime(Str format, Value t) {
  ensure_tzset();
  tm in;
  if (t.is_none()) {
    in = local_tm(static_cast<time_t>(std::floor(time())));
  } else {
    in = to_tm(t);
    check_tm(in);
    if (in.tm_isdst < -1) in.tm_isdst = -1;
    else if (in.tm_isdst > 1) in.tm_isdst = 1;
  }
  std::string fmt(format.view());
  if (fmt.empty()) return format;
  // Grow the buffer until the text fits, as CPython does; a format whose
  // result is empty ("%p" in some locales) ends the loop by its size.
  for (size_t size = 1024;; size *= 2) {
    std::string buffer(size, '\0');
    size_t n = ::strftime(buffer.data(), size, fmt.c_str(), &in);
    if (n > 0 || size >= 256 * fmt.size()) return Str::from_utf8(std::string_view(buffer.data(), n));
  }
}

Str asctime(Value t) {
  tm in = t.is_none() ? local_tm(static_cast<time_t>(std::floor(time()))) : to_tm(t);
  if (!t.is_none()) check_tm(in);
  return format_asctime(in);
}

Str ctime(Value secs) { return format_asctime(local_tm(now_or(secs))); }

}  // namespace ingot::rt::time
