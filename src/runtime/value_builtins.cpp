#include "runtime/value_builtins.h"

#include <string>

#include "runtime/bytes.h"
#include "runtime/dynamic_access.h"
#include "runtime/dynamic_operators.h"
#include "runtime/exception.h"
#include "runtime/format.h"
#include "runtime/instance_dunders.h"
#include "runtime/tuple.h"

namespace ingot::rt {
namespace {

bool is_int_value(Value v) { return v.is_small_int() || &v.type() == &int_type || &v.type() == &bool_type; }

// The int of an int or bool Value, else CPython's TypeError.
Int integer(Value v) {
  if (!is_int_value(v)) raise(exc::TypeError, "'" + std::string(v.type().name) + "' object cannot be interpreted as an integer");
  return &v.type() == &bool_type ? Int(int64_t{v.as_bool()}) : v.as_int();
}

bool is_real(Value v) { return is_int_value(v) || v.is_float(); }

}  // namespace

Int index_value(Value v) {
  if (is_int_value(v)) return integer(v);
  if (std::optional<Int> i = index_dunder(v)) return *i;
  return integer(v);
}

std::optional<Int> index_dunder(Value v) {
  if (Value out; call_special(v, "__index__", {}, &out)) return index_result(out);
  return std::nullopt;
}

Int index_result(Value result) {
  if (&result.type() == &bool_type) return Int(int64_t{result.as_bool()});  // a deprecated subclass of int, still accepted
  if (!result.is_small_int() && &result.type() != &int_type)
    raise(exc::TypeError, "__index__ returned non-int (type " + std::string(result.type().name) + ")");
  return result.as_int();
}

Str chr(Value v) { return chr(integer(v)); }

Int ord(Value v) {
  const TypeObject& t = v.type();
  if (&t == &str_type) return Int(ord(v.as_str()));
  if (&t == &bytes_type) {
    Bytes b = unbox<Bytes>(v);
    if (b.size() == 1) return Int(int64_t{static_cast<unsigned char>(b.view()[0])});
    raise(exc::TypeError, "ord() expected a character, but string of length " + std::to_string(b.size()) + " found");
  }
  raise(exc::TypeError, "ord() expected string of length 1, but " + std::string(t.name) + " found");
}

Str integer_text(Value v, const char* spec) { return format(index_value(v), Str::from_ascii(spec)); }

Value divmod(Value a, Value b) {
  if (Value out; divmod_special(a, b, &out)) return out;
  if (!is_real(a) || !is_real(b))
    raise(exc::TypeError, "unsupported operand type(s) for divmod(): '" + std::string(a.type().name) + "' and '" +
                              std::string(b.type().name) + "'");
  Value quotient = binary(BinaryOp::floordiv, a, b);
  return box(Tuple<Value, Value>{quotient, binary(BinaryOp::mod, a, b)});
}

Int id(Value v) { return Int(static_cast<int64_t>(v.bits())); }

Str format_spec(Value spec) {
  if (&spec.type() != &str_type)
    raise(exc::TypeError, "format() argument 2 must be str, not " + std::string(spec.type().name));
  return spec.as_str();
}

Str attribute_name(Value name) {
  if (&name.type() != &str_type)
    raise(exc::TypeError, "attribute name must be string, not '" + std::string(name.type().name) + "'");
  return name.as_str();
}

Value getattr_or(Value v, Str name, Value fallback) {
  try {
    return getattr(v, name);
  } catch (const PyException& e) {
    if (!e.matches(exc::AttributeError)) throw;
    return fallback;
  }
}

}  // namespace ingot::rt
