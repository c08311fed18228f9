// truth, len, int(), float(), abs(), isinstance() and str.join on any value.
#include "runtime/dynamic_builtins.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "runtime/bytearray.h"
#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/instance_dunders.h"
#include "runtime/range.h"
#include "runtime/slice.h"
#include "runtime/str_methods.h"
#include "runtime/value_builtins.h"

namespace ingot::rt {
namespace {

// len() of a built-in container; -1 for any other class.
int64_t builtin_len(Value v) {
  const TypeObject* t = &v.type();
  if (t == &str_type) return v.as_str().length();
  if (t == &list_type || t == &tuple_type) return sequence_of(v)->size;
  if (t == &dict_type) return dict_of(v)->used;
  if (t == &set_type || t == &frozenset_type) return set_of(v)->used;
  if (t == &range_type) return len(unbox_range(v));
  return -1;
}

// The str, int or float an instance of a subclass of one holds: int() and
// float() convert it as that builtin where the class defines no __int__,
// __index__ or __float__ of its own.
bool plain_builtin_value(Value v, Value* out) {
  for (const TypeObject* builtin : {&str_type, &int_type, &float_type})
    if (builtin_base_value(v, *builtin, out)) return true;
  return false;
}

}  // namespace

bool truth(Value v) {
  if (v.is_small_int()) return v.bits() != 0;
  const TypeObject* t = &v.type();
  if (t == &bool_type) return v.as_bool();
  if (t == &none_type) return false;
  if (t == &int_type) return bool(v.as_int());
  if (t == &float_type) return v.as_float() != 0.0;
  if (t == &range_type) return !unbox_range(v).empty();
  if (int64_t n = builtin_len(v); n >= 0) return n != 0;
  for (const TypeObject* c : t->mro) {
    if (c->truth) return c->truth(v.object());
    if (c->len) return c->len(v.object()) != 0;
  }
  return true;
}

int64_t len(Value v) {
  if (!v.is_small_int()) {
    if (int64_t n = builtin_len(v); n >= 0) return n;
    for (const TypeObject* c : v.type().mro)
      if (c->len) return c->len(v.object());
  }
  raise(exc::TypeError, "object of type '" + std::string(type_name(v)) + "' has no len()");
}

Int to_int(Value v) {
  if (is_integer(v)) return integer_of(v);
  if (is_a(v, float_type)) return int_from_float(v.as_float());
  if (is_a(v, str_type)) return int_from_string(v.as_str().view());
  if (Value out; call_special(v, "__int__", {}, &out)) {
    if (!is_integer(out)) raise(exc::TypeError, "__int__ returned non-int (type " + std::string(type_name(out)) + ")");
    return integer_of(out);
  }
  if (std::optional<Int> i = index_dunder(v)) return *i;
  if (Value plain; plain_builtin_value(v, &plain)) return to_int(plain);
  raise(exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" +
                            std::string(type_name(v)) + "'");
}

Int to_int(Value v, Int base) {
  int b = int(std::clamp<int64_t>(clamp_index(base), -1, 37));
  if (is_a(v, str_type)) return int_from_string(v.as_str().view(), b);
  if (is_a(v, bytes_type) || is_a(v, bytearray_type))
    raise(exc::SystemError, "ingot: int() of bytes with a base is not supported yet");
  raise(exc::TypeError, "int() can't convert non-string with explicit base");
}

double to_float(Value v) {
  if (is_integer(v)) return to_double(integer_of(v));
  if (is_a(v, float_type)) return v.as_float();
  if (is_a(v, str_type)) return float_from_string(v.as_str().view());
  if (Value out; call_special(v, "__float__", {}, &out)) {
    if (!is_a(out, float_type))
      raise(exc::TypeError, std::string(type_name(v)) + ".__float__ returned non-float (type " + std::string(type_name(out)) + ")");
    return out.as_float();
  }
  if (std::optional<Int> i = index_dunder(v)) return to_double(*i);
  if (Value plain; plain_builtin_value(v, &plain)) return to_float(plain);
  raise(exc::TypeError, "float() argument must be a string or a real number, not '" + std::string(type_name(v)) + "'");
}

Value abs(Value v) {
  if (is_integer(v)) return abs(integer_of(v));
  if (is_a(v, float_type)) return Value::of_float(std::fabs(v.as_float()));
  if (is_complex(v)) return Value::of_float(abs(as_complex(v)));
  if (Value out; call_special(v, "__abs__", {}, &out)) return out;
  raise(exc::TypeError, "bad operand type for abs(): '" + std::string(type_name(v)) + "'");
}

bool isinstance(Value v, std::initializer_list<const TypeObject*> classes) {
  for (const TypeObject* c : classes)
    if (isinstance(v, *c)) return true;
  return false;
}

Str str_join(Str sep, std::span<const Value> items) {
  std::vector<Str> strs;
  strs.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    Value v = items[i];
    if (Value plain; builtin_base_value(v, str_type, &plain)) v = plain;  // a str subclass's instance
    if (v.is_small_int() || &v.type() != &str_type)
      raise(exc::TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                std::string(type_name(v)) + " found");
    strs.push_back(v.as_str());
  }
  return str_join(sep, std::span<const Str>(strs));
}

}  // namespace ingot::rt
