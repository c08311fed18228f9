// str methods read from a Value (`getattr(s, 'replace')`, `m = s.upper`
// through a dyn, operator.methodcaller): each unboxes its arguments with
// CPython's TypeErrors and calls the typed str_<name> (str_methods.h).
#include <algorithm>
#include <array>
#include <string>

#include "runtime/dynamic_builtins.h"
#include "runtime/dynamic_iter.h"
#include "runtime/dynamic_methods.h"
#include "runtime/exception.h"
#include "runtime/instance_dunders.h"
#include "runtime/list.h"
#include "runtime/slice_object.h"
#include "runtime/str_format.h"
#include "runtime/str_methods.h"
#include "runtime/tuple.h"

namespace ingot::rt {
namespace {

// The i-th argument as a str: TypeError "replace() argument 1 must be str, not int".
Str str_argument(std::string_view method, std::span<const Value> args, size_t i) {
  if (!is_a(args[i], str_type))
    raise(exc::TypeError, std::string(method) + "() argument " + std::to_string(i + 1) + " must be str, not " +
                              std::string(type_name(args[i])));
  return args[i].as_str();
}

// A start/end bound: None or an int, read as a slice bound (clamped, with
// slice's TypeError), as CPython does.
int64_t bound_argument(std::span<const Value> args, size_t i) { return i < args.size() ? slice_bound(args[i]) : kNone; }

template <Name N, Str (*F)(Str)>
Value no_argument(Value self, std::span<const Value> args) {
  check_no_arguments(std::string("str.") + N.text, args);
  return F(self.as_str());
}
template <Name N, bool (*F)(Str)>
Value predicate(Value self, std::span<const Value> args) {
  check_no_arguments(std::string("str.") + N.text, args);
  return box(F(self.as_str()));
}
// strip(), strip(chars), strip(None).
template <Name N, Str (*Whitespace)(Str), Str (*Chars)(Str, Str)>
Value strip(Value self, std::span<const Value> args) {
  check_arguments(N.text, args, 0, 1);
  if (args.empty() || args[0].is_none()) return Whitespace(self.as_str());
  return Chars(self.as_str(), str_argument(N.text, args, 0));
}
// find(sub[, start[, end]]) and its relatives.
template <Name N, int64_t (*F)(Str, Str, int64_t, int64_t)>
Value search(Value self, std::span<const Value> args) {
  check_count(N.text, args, 1, 3);
  // Checked in order, as CPython's argument parsing does.
  Str sub = str_argument(N.text, args, 0);
  int64_t start = bound_argument(args, 1), end = bound_argument(args, 2);
  return Int(F(self.as_str(), sub, start, end));
}
// startswith(prefix[, start[, end]]), prefix a str or a tuple of strs.
template <Name N, bool (*F)(Str, Str, int64_t, int64_t)>
Value affix(Value self, std::span<const Value> args) {
  check_count(N.text, args, 1, 3);
  // CPython reads the bounds before it looks at the prefix.
  int64_t start = bound_argument(args, 1), end = bound_argument(args, 2);
  Value prefix = args[0];
  if (is_a(prefix, str_type)) return box(F(self.as_str(), prefix.as_str(), start, end));
  if (!is_a(prefix, tuple_type))
    raise(exc::TypeError, std::string(N.text) + " first arg must be str or a tuple of str, not " +
                              std::string(type_name(prefix)));
  const SequenceObject* prefixes = sequence_of(prefix);
  for (int64_t i = 0; i < prefixes->size; ++i) {
    Value item = item_of(prefixes, i);
    if (!is_a(item, str_type))
      raise(exc::TypeError,
            "tuple for " + std::string(N.text) + " must only contain str, not " + std::string(type_name(item)));
    if (F(self.as_str(), item.as_str(), start, end)) return box(true);
  }
  return box(false);
}
template <Name N, Str (*F)(Str, int64_t, Str)>
Value pad(Value self, std::span<const Value> args) {
  check_arguments(N.text, args, 1, 2);
  int64_t width = index_argument(args[0]);
  Str fill = args.size() > 1 ? str_argument(N.text, args, 1) : Str::from_ascii(" ");
  return F(self.as_str(), width, fill);
}
template <Name N, StrList (*Whitespace)(Str, int64_t), StrList (*Separator)(Str, Str, int64_t)>
Value split(Value self, std::span<const Value> args) {
  check_count(N.text, args, 0, 2);
  bool whitespace = args.empty() || args[0].is_none();
  Str sep = whitespace ? Str::from_ascii(" ") : str_argument(N.text, args, 0);
  int64_t maxsplit = args.size() > 1 ? index_argument(args[1]) : -1;
  return box(whitespace ? Whitespace(self.as_str(), maxsplit) : Separator(self.as_str(), sep, maxsplit));
}

Value replace(Value self, std::span<const Value> args) {
  check_arguments("replace", args, 2, 3);
  Str old = str_argument("replace", args, 0);
  Str replacement = str_argument("replace", args, 1);
  int64_t count = args.size() > 2 ? index_argument(args[2]) : -1;
  return str_replace(self.as_str(), old, replacement, count);
}

Value zfill(Value self, std::span<const Value> args) {
  check_one_argument("str.zfill", args);
  return str_zfill(self.as_str(), index_argument(args[0]));
}

Value join(Value self, std::span<const Value> args) {
  check_one_argument("str.join", args);
  List<Str> items;
  int64_t i = 0;
  for (Value item : iterate(args[0])) {
    if (Value plain; builtin_base_value(item, str_type, &plain)) item = plain;  // a str subclass's instance
    if (!is_a(item, str_type))
      raise(exc::TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                std::string(type_name(item)) + " found");
    items.append(item.as_str());
    ++i;
  }
  return str_join(self.as_str(), items);
}

template <Name N, std::array<Str, 3> (*F)(Str, Str)>
Value partition(Value self, std::span<const Value> args) {
  check_one_argument(std::string("str.") + N.text, args);
  std::array<Str, 3> parts = F(self.as_str(), str_argument(N.text, args, 0));
  return box(Tuple<Str, Str, Str>{parts[0], parts[1], parts[2]});
}

Value splitlines(Value self, std::span<const Value> args) {
  check_count("splitlines", args, 0, 1);
  return box(str_splitlines(self.as_str(), !args.empty() && truth(args[0])));
}

Value expandtabs(Value self, std::span<const Value> args) {
  check_arguments("expandtabs", args, 0, 1);
  return str_expandtabs(self.as_str(), args.empty() ? 8 : index_argument(args[0]));
}

template <Name N, bool Prefix>
Value remove_affix(Value self, std::span<const Value> args) {
  check_one_argument(std::string("str.") + N.text, args);
  Str s = self.as_str(), affix = str_argument(N.text, args, 0);
  if (Prefix ? !str_startswith(s, affix) : affix.empty() || !str_endswith(s, affix)) return s;
  return Prefix ? byte_slice(s, affix.size_bytes(), s.size_bytes()) : byte_slice(s, 0, s.size_bytes() - affix.size_bytes());
}

// The positional form (keywords: `'{x}'.format(x=1)` on a Value is typed code's, strings.cpp).
Value format(Value self, std::span<const Value> args) { return str_format(self.as_str(), args); }

Value format_map(Value self, std::span<const Value> args) {
  check_one_argument("str.format_map", args);
  return str_format_map(self.as_str(), args[0]);
}

Value translate(Value self, std::span<const Value> args) {
  check_one_argument("str.translate", args);
  return str_translate(self.as_str(), args[0]);
}

// A static method, read through an instance.
Value maketrans(Value, std::span<const Value> args) { return str_maketrans_values(args); }

constinit const MethodDef str_table[] = {
    {"upper", no_argument<"upper", str_upper>},
    {"lower", no_argument<"lower", str_lower>},
    {"casefold", no_argument<"casefold", str_casefold>},
    {"swapcase", no_argument<"swapcase", str_swapcase>},
    {"capitalize", no_argument<"capitalize", str_capitalize>},
    {"title", no_argument<"title", str_title>},
    {"isdigit", predicate<"isdigit", str_isdigit>},
    {"isdecimal", predicate<"isdecimal", str_isdecimal>},
    {"isnumeric", predicate<"isnumeric", str_isnumeric>},
    {"isalpha", predicate<"isalpha", str_isalpha>},
    {"isalnum", predicate<"isalnum", str_isalnum>},
    {"isspace", predicate<"isspace", str_isspace>},
    {"islower", predicate<"islower", str_islower>},
    {"isupper", predicate<"isupper", str_isupper>},
    {"istitle", predicate<"istitle", str_istitle>},
    {"isascii", predicate<"isascii", str_isascii>},
    {"isidentifier", predicate<"isidentifier", str_isidentifier>},
    {"isprintable", predicate<"isprintable", str_isprintable>},
    {"strip", strip<"strip", str_strip, str_strip>},
    {"lstrip", strip<"lstrip", str_lstrip, str_lstrip>},
    {"rstrip", strip<"rstrip", str_rstrip, str_rstrip>},
    {"find", search<"find", str_find>},
    {"rfind", search<"rfind", str_rfind>},
    {"index", search<"index", str_index>},
    {"rindex", search<"rindex", str_rindex>},
    {"count", search<"count", str_count>},
    {"startswith", affix<"startswith", str_startswith>},
    {"endswith", affix<"endswith", str_endswith>},
    {"center", pad<"center", str_center>},
    {"ljust", pad<"ljust", str_ljust>},
    {"rjust", pad<"rjust", str_rjust>},
    {"split", split<"split", str_split, str_split>},
    {"rsplit", split<"rsplit", str_rsplit, str_rsplit>},
    {"splitlines", splitlines},
    {"partition", partition<"partition", str_partition>},
    {"rpartition", partition<"rpartition", str_rpartition>},
    {"replace", replace},
    {"zfill", zfill},
    {"join", join},
    {"expandtabs", expandtabs},
    {"removeprefix", remove_affix<"removeprefix", true>},
    {"removesuffix", remove_affix<"removesuffix", false>},
    {"format", format},
    {"format_map", format_map},
    {"translate", translate},
    {"maketrans", maketrans},
};

}  // namespace

const std::span<const MethodDef> str_methods{str_table};

}  // namespace ingot::rt
