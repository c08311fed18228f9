// Builtins on Values, for calls whose arguments' classes are known only at
// run time (a builtin called through a variable, a dyn argument): chr(),
// ord(), hex()/oct()/bin(), divmod(), id(), format()'s spec and getattr()
// with a default, each
// deciding on the classes and raising CPython's TypeError for others.
// (truth, len(), int(), float(), abs() are dynamic_builtins.h's.)
#pragma once

#include <optional>

#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

// chr(v): v an int or bool; "'float' object cannot be interpreted as an integer".
Str chr(Value v);
// ord(v): a str (or bytes) of one character; "ord() expected string of
// length 1, but list found".
Int ord(Value v);
// operator.index(v), what range() bounds go through: an int or bool, else
// the object's __index__ (which must return an int); "'float' object cannot
// be interpreted as an integer".
Int index_value(Value v);
// The int of an instance's __index__ (nullopt where its class has none):
// what indices and slice bounds of other classes than int go through.
std::optional<Int> index_dunder(Value v);
// What __index__ returned, which must be an int: "__index__ returned
// non-int (type float)".
Int index_result(Value result);
// hex(v), oct(v), bin(v): `spec` is "#x", "#o" or "#b".
Str integer_text(Value v, const char* spec);
// divmod(a, b) of two numbers: the tuple (a // b, a % b);
// "unsupported operand type(s) for divmod(): 'float' and 'str'".
Value divmod(Value a, Value b);
// id(v): distinct for distinct objects alive together, as `is` compares.
Int id(Value v);
// format(x, spec) with a spec of unknown type: "format() argument 2 must be
// str, not int".
Str format_spec(Value spec);
// getattr()'s and hasattr()'s name when not known to be a str: "attribute
// name must be string, not 'int'".
Str attribute_name(Value name);
// getattr(v, name, fallback): fallback where v has no such attribute.
Value getattr_or(Value v, Str name, Value fallback);

}  // namespace ingot::rt
