#include "codegen/python_names.h"

#include <map>
#include <set>

namespace ingot::codegen {

using types::Kind;

bool python_has_attribute(Kind kind, std::string_view name) {
  static const std::set<std::string_view> kIntNames = {"as_integer_ratio", "bit_count", "bit_length", "conjugate",
                                                       "denominator", "from_bytes", "imag", "numerator", "real",
                                                       "to_bytes"};
  static const std::map<Kind, std::set<std::string_view>> kNames = {
      {Kind::Str,
       {"capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format", "format_map",
        "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
        "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition",
        "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split",
        "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"}},
      {Kind::Bytes,
       {"capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "fromhex", "hex", "index",
        "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust",
        "lower", "lstrip", "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex",
        "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
        "translate", "upper", "zfill"}},
      {Kind::Int, kIntNames},
      {Kind::Bool, kIntNames},
      {Kind::Float, {"as_integer_ratio", "conjugate", "fromhex", "hex", "imag", "is_integer", "real"}},
      {Kind::List, {"append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"}},
      {Kind::Dict, {"clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"}},
      {Kind::Set,
       {"add", "clear", "copy", "difference", "difference_update", "discard", "intersection", "intersection_update",
        "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference", "symmetric_difference_update",
        "union", "update"}},
      {Kind::Tuple, {"count", "index"}},
      {Kind::TupleOf, {"count", "index"}},
      {Kind::Range, {"count", "index", "start", "stop", "step"}},
      {Kind::Slice, {"indices", "start", "stop", "step"}}};
  if (name.starts_with("__") && name.ends_with("__")) return true;
  auto it = kNames.find(kind);
  return it == kNames.end() || it->second.contains(name);
}

}  // namespace ingot::codegen
