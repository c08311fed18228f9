// str.format, str % args, format(value, spec) and ascii() for dynamic
// values (docs/runtime.md, "str.format and %"). Arguments arrive boxed:
// the compiler builds the positional Values and the keyword pairs.
#pragma once

#include <span>

#include "runtime/function.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

struct KeywordArg {
  Str name;
  Value value;
};

// fmt.format(*args, **kwargs): CPython's MarkupIterator grammar, with
// automatic/manual numbering, !r/!s/!a, nested fields in the spec, and
// `[index]` accessors on lists, tuples and dicts. `.attribute` accessors
// raise NotImplementedError until objects have attributes.
Str str_format(Str fmt, std::span<const Value> args, std::span<const KeywordArg> kwargs = {});
// The same on arguments collected at run time (`fmt.format(*xs, **d)`).
Str str_format(Str fmt, const CallArgs& args);
// fmt.format_map(mapping): each field's name looked up as mapping[name];
// "Format string contains positional fields" for {} and {0}.
Str str_format_map(Str fmt, Value mapping);

// fmt % args: args is one value, a tuple of them (a boxed tuple), or a
// mapping for %(name)s. CPython's PyUnicode_Format, errors included.
Str str_percent(Str fmt, Value args);

// format(x, spec) for any value: int, bool, float and str use their
// mini-language; other objects accept only an empty spec (TypeError
// "unsupported format string passed to list.__format__").
Str format(Value x, Str spec);

// ascii(x): repr(x) with non-ASCII characters escaped.
Str ascii(Value x);

}  // namespace ingot::rt
