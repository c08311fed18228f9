// The `dict` class object, the boxed repr/== every Dict shares, and errors.
#include "runtime/dict.h"

#include <bit>

#include "runtime/sequence.h"

namespace ingot::rt {
namespace {

const TypeObject* const dict_mro[] = {&dict_type, &object_type};

const DictHeader* as_dict(const Object* object) { return reinterpret_cast<const DictHeader*>(object); }

Str dict_repr_slot(const Object* self) { return dict_repr(as_dict(self)); }

bool dict_equal_slot(const Object* self, Value other) {
  return &other.type() == &dict_type && dict_equal(as_dict(self), as_dict(other.object()));
}

}  // namespace

const TypeObject dict_type{"dict", "builtins", dict_mro, dict_repr_slot, dict_repr_slot, unhashable, dict_equal_slot};

Str dict_repr(const DictHeader* d) {
  if (d->used == 0) return Str::from_ascii("{}");
  ReprGuard guard(d);
  if (guard.reentered()) return Str::from_ascii("{...}");
  StrBuilder out;
  out.append_ascii("{");
  bool first = true;
  Value key, value;
  for (int64_t i = 0; i < d->nentries; ++i) {
    if (!d->ops->entry(d, i, &key, &value)) continue;
    if (!first) out.append_ascii(", ");
    first = false;
    out.append(repr(key));
    out.append_ascii(": ");
    out.append(repr(value));
  }
  out.append_ascii("}");
  return out.finish();
}

bool dict_equal(const DictHeader* a, const DictHeader* b) {
  if (a->used != b->used) return false;
  Value key, value, other;
  for (int64_t i = 0; i < a->nentries; ++i) {
    if (!a->ops->entry(a, i, &key, &value)) continue;
    if (!b->ops->lookup(b, key, &other) || !same_or_equal(value, other)) return false;
  }
  return true;
}

namespace detail {

void raise_key_error(Value key) { raise_with_arg(exc::KeyError, key); }
void raise_dict_changed(bool size) {
  raise(exc::RuntimeError, size ? "dictionary changed size during iteration" : "dictionary keys changed during iteration");
}
void raise_popitem_empty() { raise(exc::KeyError, "popitem(): dictionary is empty"); }

int64_t dict_table_size(int64_t minimum) {
  if (minimum > (int64_t{1} << 30)) raise(exc::MemoryError);
  // CPython's calculate_log2_keysize (which doubles exact powers of two >= 16).
  return int64_t{1} << std::bit_width(static_cast<uint64_t>(((minimum | 8) - 1) | 7));
}

}  // namespace detail
}  // namespace ingot::rt
