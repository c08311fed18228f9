// sys.version_info, sys.float_info, sys.int_info, sys.hash_info and the
// version and platform strings.
#include "runtime/sys_module.h"

#include <cfloat>

#include "runtime/module.h"
#include "runtime/struct_sequence.h"
#include "runtime/tuple.h"

namespace ingot::rt::sys {
namespace {

// The CPython release whose behaviour ingot follows (its lexer and
// tracebacks are 3.11.7's).
constexpr int kMajor = 3, kMinor = 11, kMicro = 7;

#define INGOT_STRUCT_SEQUENCE(variable, type_name, ...)                                                        \
  constexpr std::string_view variable##_fields[] = {__VA_ARGS__};                                            \
  extern const StructSequenceType variable;                                                                 \
  const TypeObject* const variable##_mro[] = {&variable.type, &tuple_type, &object_type};                   \
  const StructSequenceType variable{                                                                        \
      {.name = type_name, .module = "sys", .mro = variable##_mro, .str = struct_sequence::repr,               \
       .repr = struct_sequence::repr, .equal = struct_sequence::equal, .compare = struct_sequence::compare,  \
       .getattr = struct_sequence::getattr, .len = struct_sequence::len, .getitem = struct_sequence::getitem, \
       .iter = struct_sequence::iter},                                                                      \
      variable##_fields};

// Named "sys.X" as CPython's tp_name, which its error messages show.
INGOT_STRUCT_SEQUENCE(version_info_type, "sys.version_info", "major", "minor", "micro", "releaselevel", "serial")
INGOT_STRUCT_SEQUENCE(float_info_type, "sys.float_info", "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                      "dig", "mant_dig", "epsilon", "radix", "rounds")
INGOT_STRUCT_SEQUENCE(int_info_type, "sys.int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits",
                      "str_digits_check_threshold")
INGOT_STRUCT_SEQUENCE(hash_info_type, "sys.hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                      "seed_bits", "cutoff")
#undef INGOT_STRUCT_SEQUENCE

// Built on first use, into a static the collector scans.
Value made(const StructSequenceType& type, std::initializer_list<Value> items) {
  return make_struct_sequence(type, {items.begin(), items.size()});
}

Value text(const char* s) { return Str::from_ascii(s); }

}  // namespace

Value version_info() {
  static const Value v = made(version_info_type, {Int(kMajor), Int(kMinor), Int(kMicro), text("final"), Int(0)});
  return v;
}

Value float_info() {
  static const Value v = made(float_info_type, {Value::of_float(DBL_MAX), Int(DBL_MAX_EXP), Int(DBL_MAX_10_EXP),
                                                Value::of_float(DBL_MIN), Int(DBL_MIN_EXP), Int(DBL_MIN_10_EXP),
                                                Int(DBL_DIG), Int(DBL_MANT_DIG), Value::of_float(DBL_EPSILON),
                                                Int(FLT_RADIX), Int(FLT_ROUNDS)});
  return v;
}

// CPython's 30-bit digits and its 3.11 limit on int/str conversions.
Value int_info() {
  static const Value v = made(int_info_type, {Int(30), Int(4), Int(4300), Int(640)});
  return v;
}

// CPython's hash parameters (pyhash.h) on 64-bit platforms.
Value hash_info() {
  static const Value v = made(hash_info_type, {Int(64), Int(kHashModulus), Int(314159), Int(0), Int(1000003),
                                               text("siphash13"), Int(64), Int(128), Int(0)});
  return v;
}

Str version() { return Str::from_ascii("3.11.7 (ingot)"); }

Str platform() {
#if defined(__APPLE__)
  return Str::from_ascii("darwin");
#elif defined(_WIN32)
  return Str::from_ascii("win32");
#else
  return Str::from_ascii("linux");
#endif
}

List<Str> path(List<Str> argv) {
  static List<Str> path = [&] {
    std::string_view script = argv.get(0).view();
    size_t slash = script.rfind('/');
    List<Str> made;
    made.append(Str::from_utf8(slash == std::string_view::npos ? "" : script.substr(0, slash)));
    return made;
  }();
  return path;
}

Str byteorder() { return Str::from_ascii(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big"); }

namespace {

// The data attributes dynamic code reads from the boxed module.
bool module_get(Str name, Value* out) {
  std::string_view n = name.view();
  if (n == "maxsize") *out = Int(INT64_MAX);
  else if (n == "maxunicode") *out = Int(0x10FFFF);
  else if (n == "version") *out = version();
  else if (n == "platform") *out = platform();
  else if (n == "byteorder") *out = byteorder();
  else if (n == "version_info") *out = version_info();
  else if (n == "float_info") *out = float_info();
  else if (n == "int_info") *out = int_info();
  else if (n == "hash_info") *out = hash_info();
  else return false;
  return true;
}

List<Str> module_names() {
  List<Str> names;
  for (const char* n : {"byteorder", "float_info", "hash_info", "int_info", "maxsize", "maxunicode", "platform",
                        "version", "version_info"})
    names.append(Str::from_ascii(n));
  return names;
}

}  // namespace

const ModuleObject module{{&module_type}, "sys", "", module_get, module_names};

}  // namespace ingot::rt::sys
