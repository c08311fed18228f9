// str's methods, as free functions named str_<method> so that the compiler
// maps `s.method(args)` to `rt::str_method(s, args)` mechanically. Optional
// start/end arguments take kNone for None; results that Python returns as a
// list are List<Str> (docs/runtime.md).
#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime/slice.h"
#include "runtime/str.h"

namespace ingot::rt {

using StrList = List<Str>;

// --- Searching (str_search.cpp). Indexes count code points. ---
int64_t str_find(Str s, Str sub, int64_t start = kNone, int64_t end = kNone);
int64_t str_rfind(Str s, Str sub, int64_t start = kNone, int64_t end = kNone);
// As find/rfind, but ValueError "substring not found" instead of -1.
int64_t str_index(Str s, Str sub, int64_t start = kNone, int64_t end = kNone);
int64_t str_rindex(Str s, Str sub, int64_t start = kNone, int64_t end = kNone);
int64_t str_count(Str s, Str sub, int64_t start = kNone, int64_t end = kNone);
bool str_startswith(Str s, Str prefix, int64_t start = kNone, int64_t end = kNone);
bool str_endswith(Str s, Str suffix, int64_t start = kNone, int64_t end = kNone);
// With a tuple of candidates: true when any matches.
bool str_startswith(Str s, TupleOf<Str> prefixes, int64_t start = kNone, int64_t end = kNone);
bool str_endswith(Str s, TupleOf<Str> suffixes, int64_t start = kNone, int64_t end = kNone);
// count < 0 replaces every occurrence.
Str str_replace(Str s, Str old, Str replacement, int64_t count = -1);
// ValueError "empty separator" for an empty sep.
std::array<Str, 3> str_partition(Str s, Str sep);
std::array<Str, 3> str_rpartition(Str s, Str sep);

// --- Splitting and joining (str_split.cpp). maxsplit < 0: no limit. ---
StrList str_split(Str s, int64_t maxsplit = -1);  // on runs of whitespace
StrList str_split(Str s, Str sep, int64_t maxsplit = -1);
StrList str_rsplit(Str s, int64_t maxsplit = -1);
StrList str_rsplit(Str s, Str sep, int64_t maxsplit = -1);
StrList str_splitlines(Str s, bool keepends = false);
Str str_join(Str sep, std::span<const Str> items);
inline Str str_join(Str sep, StrList items) { return str_join(sep, items.span()); }

// --- Stripping and padding (str_pad.cpp). ---
Str str_strip(Str s);  // whitespace
Str str_lstrip(Str s);
Str str_rstrip(Str s);
Str str_strip(Str s, Str chars);
Str str_lstrip(Str s, Str chars);
Str str_rstrip(Str s, Str chars);
Str str_zfill(Str s, int64_t width);
// Tabs to spaces up to the next multiple of tabsize; \n and \r restart the
// column; tabsize <= 0 removes tabs.
Str str_expandtabs(Str s, int64_t tabsize = 8);
// TypeError "The fill character must be exactly one character long".
Str str_center(Str s, int64_t width, Str fill = Str::from_ascii(" "));
Str str_ljust(Str s, int64_t width, Str fill = Str::from_ascii(" "));
Str str_rjust(Str s, int64_t width, Str fill = Str::from_ascii(" "));

// --- Case (str_case.cpp): full Unicode mappings, CPython's final-sigma rule.
Str str_upper(Str s);
Str str_lower(Str s);
Str str_casefold(Str s);
Str str_swapcase(Str s);
Str str_capitalize(Str s);
Str str_title(Str s);

// --- Predicates (str_case.cpp); all False for "" except isascii and
// isprintable.
bool str_isdigit(Str s);
bool str_isdecimal(Str s);
bool str_isnumeric(Str s);
bool str_isalpha(Str s);
bool str_isalnum(Str s);
bool str_isspace(Str s);
bool str_islower(Str s);
bool str_isupper(Str s);
bool str_istitle(Str s);
bool str_isascii(Str s);
bool str_isprintable(Str s);
bool str_isidentifier(Str s);

// --- Translation tables (str_translate.cpp): boxed dicts from code points
// to code points, strs or None, as CPython's. ---
Value str_maketrans(Value mapping);  // TypeError unless a dict
Value str_maketrans(Str from, Str to, Str deleted = Str());
// str.maketrans(*args): the form the number of arguments picks, with CPython's TypeErrors.
Value str_maketrans_values(std::span<const Value> args);
Str str_translate(Str s, Value table);

}  // namespace ingot::rt
