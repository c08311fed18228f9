#include "runtime/match.h"

#include "runtime/abc_registry.h"
#include "runtime/dynamic_access.h"
#include "runtime/dynamic.h"
#include "runtime/range.h"
#include "runtime/tuple.h"

namespace ingot::rt {

bool match_sequence(Value v, int64_t& length) {
  if (v.is_small_int()) return false;
  // CPython's Py_TPFLAGS_SEQUENCE: list, tuple, range and their subclasses
  // (a named tuple, a `class Stack(list)`: virtual subclasses here).
  if (!is_sequence(v) && !is_a(v, range_type) && !is_subclass(v.type(), tuple_type) &&
      !is_subclass(v.type(), list_type))
    return false;
  length = len(v);
  return true;
}

Value match_item(Value v, int64_t i) { return getitem(v, Value(Int(i))); }

List<Value> match_star(Value v, int64_t begin, int64_t after) {
  List<Value> out;
  int64_t end = len(v) - after;
  for (int64_t i = begin; i < end; ++i) out.append(match_item(v, i));
  return out;
}

// CPython's Py_TPFLAGS_MAPPING: dict, its subclasses, and the classes
// registered as dict's. A class with a dict base (driver/builtin_bases.h)
// is registered so; it holds its dict in a field, and is read as CPython
// reads any mapping that is not a dict: through its get() and keys().
bool match_mapping(Value v) { return !v.is_small_int() && is_subclass(v.type(), dict_type); }

static bool holds_dict(Value v) { return v.type().is_subclass_of(dict_type); }

bool match_key(Value v, Value key, Value& out) {
  if (holds_dict(v)) return dict_of(v)->ops->lookup(dict_of(v), key, &out);
  static const Object absent{&object_type};  // CPython's dummy default
  Value missing = Value::of_object(&absent);
  Value args[] = {key, missing};
  out = call(getattr(v, Str::from_utf8("get")), args);
  return !out.is(missing);
}

// What is left of a dict(v) copy once the pattern's keys are taken out.
Dict<Value, Value> match_rest(Value v, std::span<const Value> keys) {
  Dict<Value, Value> out;
  const DictHeader* d = holds_dict(v) ? dict_of(v) : mapping_items(v).object();
  for (int64_t i = 0; i < d->nentries; ++i) {
    Value key, value;
    if (!d->ops->entry(d, i, &key, &value)) continue;
    bool named = false;
    for (Value k : keys) named = named || equal(k, key);
    if (!named) out.set(key, value);
  }
  return out;
}

bool match_attribute(Value v, Str name, Value& out) {
  // The class's getattr slot, once (a property runs once, as in CPython).
  if (!v.is_small_int())
    for (const TypeObject* t : v.type().mro)
      if (t->getattr) return t->getattr(v.object(), name, &out);
  return false;
}

}  // namespace ingot::rt
