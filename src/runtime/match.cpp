#include "runtime/match.h"

#include "runtime/dynamic.h"
#include "runtime/range.h"
#include "runtime/tuple.h"

namespace ingot::rt {

bool match_sequence(Value v, int64_t& length) {
  if (v.is_small_int()) return false;
  if (!is_sequence(v) && !is_a(v, range_type)) return false;
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

// By the MRO only: a virtual subclass of dict (a class with a dict base,
// driver/builtin_bases.h) holds no dict to read the keys from.
bool match_mapping(Value v) { return !v.is_small_int() && v.type().is_subclass_of(dict_type); }

bool match_key(Value v, Value key, Value& out) { return dict_of(v)->ops->lookup(dict_of(v), key, &out); }

Dict<Value, Value> match_rest(Value v, std::span<const Value> keys) {
  Dict<Value, Value> out;
  const DictHeader* d = dict_of(v);
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
