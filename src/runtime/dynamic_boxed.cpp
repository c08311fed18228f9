// Boxed copies of the built-in containers, for the dynamic paths.
#include "runtime/dynamic_boxed.h"

namespace ingot::rt {

bool holds_values(const SequenceObject* s) {
  // Every List<Value> and TupleOf<Value> shares its item function.
  return s->ops == &List<Value>::ops || s->ops == &TupleOf<Value>::ops;
}

List<Value> boxed_list(const SequenceObject* s) {
  List<Value> out = List<Value>::with_capacity(s->size);
  for (int64_t i = 0; i < s->size; ++i) out.append(item_of(s, i));
  return out;
}

TupleOf<Value> boxed_tuple(const SequenceObject* s) {
  TupleOf<Value> out = TupleOf<Value>::allocate(s->size);
  for (int64_t i = 0; i < s->size; ++i) out.data()[i] = item_of(s, i);
  return out;
}

Set<Value> boxed_set(Value v, const TypeObject& type) {
  Set<Value> out;
  if (is_a(v, dict_type)) {
    const DictHeader* d = dict_of(v);
    Value key, value;
    for (int64_t i = 0; i < d->nentries; ++i)
      if (d->ops->entry(d, i, &key, &value)) out.add(key);
  } else {
    const SetHeader* s = set_of(v);
    Value key;
    for (int64_t i = 0; i <= s->mask; ++i)
      if (s->ops->slot(s, i, &key)) out.add(key);
  }
  return &type == &frozenset_type ? out.frozen() : out;
}

Dict<Value, Value> boxed_dict(const DictHeader* d) {
  Dict<Value, Value> out;
  Value key, value;
  for (int64_t i = 0; i < d->nentries; ++i)
    if (d->ops->entry(d, i, &key, &value)) out.set(key, value);
  return out;
}

}  // namespace ingot::rt
