// bytes methods read from a Value (`sep.join(parts)` with sep a dyn, a
// bytes reached through a dict of mixed values): each unboxes its arguments
// with CPython's TypeErrors and calls the typed bytes_<name> (bytes.h), as
// dynamic_str_methods.cpp does for str. Bytes-like arguments are a bytes or
// a bytearray (read as a bytes snapshot).
#include <optional>
#include <string>

#include "runtime/bytearray.h"
#include "runtime/bytes.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_iter.h"
#include "runtime/dynamic_methods.h"
#include "runtime/exception.h"
#include "runtime/slice_object.h"

namespace ingot::rt {
namespace {

bool bytes_like(Value v, Bytes* out) {
  if (is_a(v, bytes_type)) *out = unbox<Bytes>(v);
  else if (is_a(v, bytearray_type)) *out = unbox<ByteArray>(v).bytes();
  else return false;
  return true;
}

// TypeError "a bytes-like object is required, not 'str'".
Bytes bytes_argument(Value v) {
  Bytes b;
  if (!bytes_like(v, &b))
    raise(exc::TypeError, "a bytes-like object is required, not '" + std::string(type_name(v)) + "'");
  return b;
}

// The needle of find/index/count: bytes-like, or one byte as an int.
Bytes needle_argument(Value v) {
  Bytes b;
  if (bytes_like(v, &b)) return b;
  if (!is_integer(v))
    raise(exc::TypeError, "argument should be integer or bytes-like object, not '" + std::string(type_name(v)) + "'");
  std::optional<int64_t> byte = integer_of(v).to_int64();
  if (!byte || *byte < 0 || *byte > 255) raise(exc::ValueError, "byte must be in range(0, 256)");
  return Bytes::from(std::string(1, static_cast<char>(*byte)));
}

// decode's encoding and errors: TypeError "decode() argument 'encoding' must be str, not int".
Str str_argument(std::string_view name, Value v) {
  if (!is_a(v, str_type))
    raise(exc::TypeError, "decode() argument '" + std::string(name) + "' must be str, not " + std::string(type_name(v)));
  return v.as_str();
}

int64_t bound_argument(std::span<const Value> args, size_t i) { return i < args.size() ? slice_bound(args[i]) : kNone; }

template <Name N, Bytes (*F)(Bytes)>
Value no_argument(Value self, std::span<const Value> args) {
  check_no_arguments(std::string("bytes.") + N.text, args);
  return box(F(unbox<Bytes>(self)));
}
template <Name N, bool (*F)(Bytes)>
Value predicate(Value self, std::span<const Value> args) {
  check_no_arguments(std::string("bytes.") + N.text, args);
  return box(F(unbox<Bytes>(self)));
}
// strip(), strip(chars), strip(None).
template <Name N, Bytes (*Whitespace)(Bytes), Bytes (*Chars)(Bytes, Bytes)>
Value strip(Value self, std::span<const Value> args) {
  check_arguments(N.text, args, 0, 1);
  if (args.empty() || args[0].is_none()) return box(Whitespace(unbox<Bytes>(self)));
  return box(Chars(unbox<Bytes>(self), bytes_argument(args[0])));
}
// find(sub[, start[, end]]) and its relatives.
template <Name N, int64_t (*F)(Bytes, Bytes, int64_t, int64_t)>
Value search(Value self, std::span<const Value> args) {
  check_count(N.text, args, 1, 3);
  Bytes sub = needle_argument(args[0]);
  int64_t start = bound_argument(args, 1), end = bound_argument(args, 2);
  return Int(F(unbox<Bytes>(self), sub, start, end));
}

// Whether b[start:end] starts (ends) with affix, with CPython's tailmatch
// reading of the bounds: an affix longer than the window never matches,
// even an empty one past the end.
bool tail_match(std::string_view b, std::string_view affix, int64_t start, int64_t end, bool at_end) {
  int64_t n = static_cast<int64_t>(b.size());
  if (start == kNone) start = 0;
  else if (start < 0) start = std::max<int64_t>(start + n, 0);
  if (end == kNone || end > n) end = n;
  else if (end < 0) end = std::max<int64_t>(end + n, 0);
  int64_t size = static_cast<int64_t>(affix.size());
  if (end - start < size) return false;
  return b.substr(static_cast<size_t>(at_end ? end - size : start), affix.size()) == affix;
}
// startswith(prefix[, start[, end]]), prefix bytes-like or a tuple of them.
template <Name N, bool AtEnd>
Value affix(Value self, std::span<const Value> args) {
  check_count(N.text, args, 1, 3);
  int64_t start = bound_argument(args, 1), end = bound_argument(args, 2);
  std::string_view b = unbox<Bytes>(self).view();
  Bytes prefix;
  if (bytes_like(args[0], &prefix)) return box(tail_match(b, prefix.view(), start, end, AtEnd));
  if (!is_a(args[0], tuple_type))
    raise(exc::TypeError, std::string(N.text) + " first arg must be bytes or a tuple of bytes, not " +
                              std::string(type_name(args[0])));
  const SequenceObject* prefixes = sequence_of(args[0]);
  for (int64_t i = 0; i < prefixes->size; ++i)
    if (tail_match(b, bytes_argument(item_of(prefixes, i)).view(), start, end, AtEnd)) return box(true);
  return box(false);
}
// center(width[, fillchar]): TypeError "center() argument 2 must be a byte string of length 1, not str".
template <Name N, Bytes (*F)(Bytes, int64_t, Bytes)>
Value pad(Value self, std::span<const Value> args) {
  check_arguments(N.text, args, 1, 2);
  int64_t width = index_argument(args[0]);
  Bytes fill = Bytes::from(" ");
  if (args.size() > 1 && (!bytes_like(args[1], &fill) || fill.size() != 1))
    raise(exc::TypeError, std::string(N.text) + "() argument 2 must be a byte string of length 1, not " +
                              std::string(type_name(args[1])));
  return box(F(unbox<Bytes>(self), width, fill));
}
template <Name N, Tuple<Bytes, Bytes, Bytes> (*F)(Bytes, Bytes)>
Value partition(Value self, std::span<const Value> args) {
  check_one_argument(std::string("bytes.") + N.text, args);
  return box(F(unbox<Bytes>(self), bytes_argument(args[0])));
}

Value split(Value self, std::span<const Value> args) {
  check_count("split", args, 0, 2);
  int64_t maxsplit = args.size() > 1 ? index_argument(args[1]) : -1;
  if (args.empty() || args[0].is_none()) return box(bytes_split(unbox<Bytes>(self), maxsplit));
  return box(bytes_split(unbox<Bytes>(self), bytes_argument(args[0]), maxsplit));
}

Value replace(Value self, std::span<const Value> args) {
  check_arguments("replace", args, 2, 3);
  Bytes old = bytes_argument(args[0]);
  Bytes replacement = bytes_argument(args[1]);
  int64_t count = args.size() > 2 ? index_argument(args[2]) : -1;
  return box(bytes_replace(unbox<Bytes>(self), old, replacement, count));
}

Value join(Value self, std::span<const Value> args) {
  check_one_argument("bytes.join", args);
  std::optional<ValueIterator> it;
  try {
    it.emplace(args[0]);
  } catch (const PyException& e) {
    if (!e.matches(exc::TypeError)) throw;
    raise(exc::TypeError, "can only join an iterable");
  }
  List<Bytes> items;
  int64_t i = 0;
  for (Value item; it->next(item);) {
    Bytes b;
    if (!bytes_like(item, &b))
      raise(exc::TypeError, "sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                                std::string(type_name(item)) + " found");
    items.append(b);
    ++i;
  }
  return box(bytes_join(unbox<Bytes>(self), items));
}

Value decode(Value self, std::span<const Value> args) {
  check_arguments("decode", args, 0, 2);
  Str encoding = args.empty() ? Str::from_ascii("utf-8") : str_argument("encoding", args[0]);
  Str errors = args.size() > 1 ? str_argument("errors", args[1]) : Str::from_ascii("strict");
  return bytes_decode(unbox<Bytes>(self), encoding, errors);
}

Value hex(Value self, std::span<const Value> args) {
  check_arguments("hex", args, 0, 2);
  if (args.empty() || args[0].is_none()) return bytes_hex(unbox<Bytes>(self));
  Bytes sep;
  Str text = bytes_like(args[0], &sep) ? bytes_decode(sep, Str::from_ascii("ascii")) : str_argument("sep", args[0]);
  return bytes_hex(unbox<Bytes>(self), text, args.size() > 1 ? index_argument(args[1]) : 1);
}

Value zfill(Value self, std::span<const Value> args) {
  check_one_argument("bytes.zfill", args);
  return box(bytes_zfill(unbox<Bytes>(self), index_argument(args[0])));
}

Value expandtabs(Value self, std::span<const Value> args) {
  check_arguments("expandtabs", args, 0, 1);
  return box(bytes_expandtabs(unbox<Bytes>(self), args.empty() ? 8 : index_argument(args[0])));
}

// translate(table[, delete]), table None for deletions only.
Value translate(Value self, std::span<const Value> args) {
  check_arguments("translate", args, 1, 2);
  Bytes deleted = args.size() > 1 ? bytes_argument(args[1]) : Bytes();
  if (args[0].is_none()) return box(bytes_translate(unbox<Bytes>(self), nullptr, deleted));
  Bytes table = bytes_argument(args[0]);
  return box(bytes_translate(unbox<Bytes>(self), &table, deleted));
}

constinit const MethodDef bytes_table[] = {
    {"upper", no_argument<"upper", bytes_upper>},
    {"lower", no_argument<"lower", bytes_lower>},
    {"swapcase", no_argument<"swapcase", bytes_swapcase>},
    {"capitalize", no_argument<"capitalize", bytes_capitalize>},
    {"title", no_argument<"title", bytes_title>},
    {"isdigit", predicate<"isdigit", bytes_isdigit>},
    {"isalpha", predicate<"isalpha", bytes_isalpha>},
    {"isalnum", predicate<"isalnum", bytes_isalnum>},
    {"isspace", predicate<"isspace", bytes_isspace>},
    {"islower", predicate<"islower", bytes_islower>},
    {"isupper", predicate<"isupper", bytes_isupper>},
    {"strip", strip<"strip", bytes_strip, bytes_strip>},
    {"lstrip", strip<"lstrip", bytes_lstrip, bytes_lstrip>},
    {"rstrip", strip<"rstrip", bytes_rstrip, bytes_rstrip>},
    {"find", search<"find", bytes_find>},
    {"index", search<"index", bytes_index>},
    {"count", search<"count", bytes_count>},
    {"startswith", affix<"startswith", false>},
    {"endswith", affix<"endswith", true>},
    {"center", pad<"center", bytes_center>},
    {"ljust", pad<"ljust", bytes_ljust>},
    {"rjust", pad<"rjust", bytes_rjust>},
    {"partition", partition<"partition", bytes_partition>},
    {"rpartition", partition<"rpartition", bytes_rpartition>},
    {"split", split},
    {"replace", replace},
    {"join", join},
    {"decode", decode},
    {"hex", hex},
    {"zfill", zfill},
    {"expandtabs", expandtabs},
    {"translate", translate},
};

}  // namespace

const std::span<const MethodDef> bytes_methods{bytes_table};

}  // namespace ingot::rt
