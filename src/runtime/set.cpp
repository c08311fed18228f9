// The `set` and `frozenset` class objects and what every Set<T> shares.
#include "runtime/set.h"

namespace ingot::rt {
namespace {

const TypeObject* const set_mro[] = {&set_type, &object_type};
const TypeObject* const frozenset_mro[] = {&frozenset_type, &object_type};

const SetHeader* as_set(const Object* object) { return reinterpret_cast<const SetHeader*>(object); }
bool is_any_set(Value v) { return &v.type() == &set_type || &v.type() == &frozenset_type; }

Str set_repr_slot(const Object* self) { return set_repr(as_set(self)); }
int64_t frozenset_hash_slot(const Object* self) { return frozenset_hash(as_set(self)); }
bool set_equal_slot(const Object* self, Value other) {
  return is_any_set(other) && set_equal(as_set(self), as_set(other.object()));
}

bool is_subset(const SetHeader* a, const SetHeader* b) {
  if (a->used > b->used) return false;
  Value key;
  for (int64_t i = 0; i <= a->mask; ++i)
    if (a->ops->slot(a, i, &key) && !b->ops->contains(b, key)) return false;
  return true;
}

bool set_compare_slot(const Object* self, Value other, CompareOp op) {
  const SetHeader *a = as_set(self), *b = as_set(other.object());
  switch (op) {
    case CompareOp::lt: return a->used < b->used && is_subset(a, b);
    case CompareOp::le: return is_subset(a, b);
    case CompareOp::gt: return a->used > b->used && is_subset(b, a);
    case CompareOp::ge: return is_subset(b, a);
  }
  __builtin_unreachable();
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

}  // namespace

const TypeObject set_type{"set", "builtins", set_mro, set_repr_slot, set_repr_slot, unhashable, set_equal_slot, set_compare_slot};
const TypeObject frozenset_type{"frozenset",        "builtins",          frozenset_mro,  set_repr_slot,
                                set_repr_slot,      frozenset_hash_slot, set_equal_slot, set_compare_slot};

Str set_repr(const SetHeader* s) {
  bool frozen = s->header.type == &frozenset_type;
  if (s->used == 0) return Str::from_ascii(frozen ? "frozenset()" : "set()");
  StrBuilder out;
  out.append_ascii(frozen ? "frozenset({" : "{");
  bool first = true;
  Value key;
  for (int64_t i = 0; i <= s->mask; ++i) {
    if (!s->ops->slot(s, i, &key)) continue;
    if (!first) out.append_ascii(", ");
    first = false;
    out.append(repr(key));
  }
  out.append_ascii(frozen ? "})" : "}");
  return out.finish();
}

bool set_equal(const SetHeader* a, const SetHeader* b) { return a->used == b->used && is_subset(a, b); }

// CPython xors in every slot's shuffled hash, then cancels what the empty
// and dummy slots contributed: the same as xoring the active entries only.
int64_t frozenset_hash(const SetHeader* s) {
  uint64_t h = 0;
  Value key;
  for (int64_t i = 0; i <= s->mask; ++i)
    if (s->ops->slot(s, i, &key)) h ^= shuffle_bits(static_cast<uint64_t>(hash(key)));
  h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237UL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923UL;
  return h == static_cast<uint64_t>(-1) ? 590923713 : static_cast<int64_t>(h);
}

namespace detail {
void raise_set_key_error(Value key) { raise_with_arg(exc::KeyError, key); }
void raise_pop_from_empty_set() { raise(exc::KeyError, "pop from an empty set"); }
void raise_set_changed_size() { raise(exc::RuntimeError, "Set changed size during iteration"); }
void raise_frozenset_method(std::string_view method) {
  raise(exc::AttributeError, "'frozenset' object has no attribute '" + std::string(method) + "'");
}
}  // namespace detail

}  // namespace ingot::rt
