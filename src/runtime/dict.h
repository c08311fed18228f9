// Python's dict as Dict<K, V> (docs/runtime.md, "dict").
//
// CPython's compact layout: a power-of-two index table of int32 slots
// (-1 empty, -2 deleted) probed with CPython's perturbation sequence, and a
// dense array of entries {hash, key, value} in insertion order, which is
// the iteration order. A deleted entry keeps its place with hash -1 (no
// Python hash is -1) until a resize compacts the array; sizes follow
// CPython's (8 slots, 2/3 usable, grown to used*3), so what a loop that
// mutates a dict observes is CPython's too.
//
// Keys hash and compare through protocol.h, so Dict<Value, V> makes 1, 1.0
// and True one key; Dict<Int, V> and Dict<Str, V> inline the whole lookup.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <utility>

#include "runtime/exception.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/tuple.h"

namespace ingot::rt {

extern const TypeObject dict_type;

struct DictHeader;

// One table per key and value representation (Dict<K, V>::ops), so the
// dynamic paths (repr, == of boxed dicts, methods called on a Value) are
// written once over boxed keys and values and act on the real object.
struct DictOps {
  // The boxed key and value of entry `index`; false for a deleted entry.
  bool (*entry)(const DictHeader* self, int64_t index, Value* key, Value* value);
  // The boxed value stored under an equal key.
  bool (*lookup)(const DictHeader* self, Value key, Value* value);
  // d[key] = value; SystemError for a key or value the dict's
  // representation cannot hold (container_ops.h).
  void (*store)(DictHeader* self, Value key, Value value);
  // Removes the entry under an equal key, giving its value; false when absent.
  bool (*remove)(DictHeader* self, Value key, Value* value);
  void (*clear)(DictHeader* self);
};

// What every Dict<K, V> shares.
struct DictHeader {
  Object header;
  const DictOps* ops;
  int64_t used;      // len(d)
  int64_t nentries;  // entries filled, deleted ones included
  int64_t usable;    // entries that can still be added before a resize
  int64_t mask;      // index table size - 1
};

template <typename K, typename V>
struct DictEntry {
  int64_t hash;  // -1: deleted
  K key;
  V value;
};

template <typename K, typename V>
struct DictObject : DictHeader {
  int32_t* indices;
  DictEntry<K, V>* entries;
};

Str dict_repr(const DictHeader* d);
bool dict_equal(const DictHeader* a, const DictHeader* b);

// A Value as an item of a container of T (container_ops.h).
template <typename T>
T unbox_item(Value v, const TypeObject& container);

namespace detail {
inline constexpr int32_t kEmptySlot = -1, kDeletedSlot = -2;
inline constexpr int64_t kDeletedHash = -1;
[[noreturn, gnu::cold]] void raise_key_error(Value key);
[[noreturn, gnu::cold]] void raise_dict_changed(bool size);
[[noreturn, gnu::cold]] void raise_popitem_empty();
// The index table size for a table that must hold `minimum` entries (a
// power of two >= 8); MemoryError past int32 indexes.
int64_t dict_table_size(int64_t minimum);
}  // namespace detail

template <typename K, typename V>
class Dict {
 public:
  using Entry = DictEntry<K, V>;

  Dict() : object_(static_cast<DictObject<K, V>*>(gc_alloc(sizeof(DictObject<K, V>)))) {
    object_->header.type = &dict_type;
    object_->ops = &ops;
    allocate_table(8);
  }
  Dict(std::initializer_list<std::pair<K, V>> items) : Dict() {
    for (const auto& [key, value] : items) set(key, value);
  }
  explicit Dict(DictObject<K, V>* object) : object_(object) {}

  DictObject<K, V>* object() const { return object_; }
  int64_t size() const { return object_->used; }
  // Entries in insertion order, deleted ones (hash -1) included.
  const Entry* entries() const { return object_->entries; }
  int64_t entries_end() const { return object_->nentries; }

  // The value under `key`, or null.
  V* find(K key) const {
    int64_t ix = lookup(key, hash(key)).entry;
    return ix >= 0 ? &object_->entries[ix].value : nullptr;
  }
  bool contains(K key) const { return find(key) != nullptr; }
  // d[key]; KeyError(key).
  V get(K key) const {
    if (V* v = find(key)) [[likely]] return *v;
    detail::raise_key_error(box(key));
  }
  // d.get(key, default)
  V get(K key, V otherwise) const {
    V* v = find(key);
    return v ? *v : otherwise;
  }
  // d[key] = value
  void set(K key, V value) const {
    int64_t h = hash(key);
    Found f = lookup(key, h);
    if (f.entry >= 0) object_->entries[f.entry].value = value;
    else insert_new(h, key, value);
  }
  // d[key] = f(pointer to the value under key, or null), in one probe
  // (codegen/dict_updates.cpp); `f` must not change the dict, and when it
  // raises nothing is stored.
  template <typename F>
  void update(K key, F f) const {
    int64_t h = hash(key);
    Found found = lookup(key, h);
    if (found.entry < 0) return insert_new(h, key, f(static_cast<V*>(nullptr)));
    V& value = object_->entries[found.entry].value;
    value = f(&value);
  }
  // d[key] = f(d[key]), KeyError(key) first when absent; the same terms.
  template <typename F>
  void update_present(K key, F f) const {
    V* value = find(key);
    if (!value) [[unlikely]] detail::raise_key_error(box(key));
    *value = f(*value);
  }
  V setdefault(K key, V otherwise) const {
    int64_t h = hash(key);
    Found f = lookup(key, h);
    if (f.entry >= 0) return object_->entries[f.entry].value;
    insert_new(h, key, otherwise);
    return otherwise;
  }
  // del d[key]; KeyError(key).
  void del(K key) const { pop(key); }
  V pop(K key) const {
    Found f = lookup(key, hash(key));
    if (f.entry < 0) detail::raise_key_error(box(key));
    return remove(f);
  }
  V pop(K key, V otherwise) const {
    Found f = lookup(key, hash(key));
    return f.entry < 0 ? otherwise : remove(f);
  }
  // The last item inserted; KeyError "popitem(): dictionary is empty".
  Tuple<K, V> popitem() const {
    if (size() == 0) detail::raise_popitem_empty();
    int64_t i = object_->nentries - 1;
    while (object_->entries[i].hash == detail::kDeletedHash) --i;
    Entry e = object_->entries[i];
    remove(slot_of_entry(e.hash, i));
    object_->nentries = i;
    return {e.key, e.value};
  }
  void update(Dict other) const {
    for (int64_t i = 0; i < other.entries_end(); ++i) {
      const Entry& e = other.entries()[i];
      if (e.hash == detail::kDeletedHash) continue;
      Found f = lookup(e.key, e.hash);
      if (f.entry >= 0) object_->entries[f.entry].value = e.value;
      else insert_new(e.hash, e.key, e.value);
    }
  }
  void clear() const { allocate_table(8); }
  Dict copy() const {
    Dict result;
    result.update(*this);
    return result;
  }

 private:
  struct Found {
    int64_t slot;   // in the index table
    int64_t entry;  // in the entries, -1 when absent
  };

  Found lookup(K key, int64_t h) const {
    uint64_t mask = object_->mask, perturb = h, i = h & mask;
    for (;;) {
      int32_t ix = object_->indices[i];
      if (ix >= 0) {
        const Entry& e = object_->entries[ix];
        if (e.hash == h && same_or_equal(e.key, key)) [[likely]] return {static_cast<int64_t>(i), ix};
      } else if (ix == detail::kEmptySlot) {
        return {static_cast<int64_t>(i), -1};
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
  // The slot that points at entry `index` (CPython's lookdict_index).
  Found slot_of_entry(int64_t h, int64_t index) const {
    uint64_t mask = object_->mask, perturb = h, i = h & mask;
    while (object_->indices[i] != index) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    return {static_cast<int64_t>(i), index};
  }
  static int64_t empty_slot(const DictObject<K, V>* d, int64_t h) {
    uint64_t mask = d->mask, perturb = h, i = h & mask;
    while (d->indices[i] >= 0) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    return static_cast<int64_t>(i);
  }
  void insert_new(int64_t h, K key, V value) const {
    if (object_->usable <= 0) [[unlikely]] resize(object_->used * 3);
    int64_t n = object_->nentries;
    object_->indices[empty_slot(object_, h)] = static_cast<int32_t>(n);
    object_->entries[n] = Entry{h, key, value};
    ++object_->nentries;
    ++object_->used;
    --object_->usable;
  }
  V remove(Found f) const {
    Entry& e = object_->entries[f.entry];
    V value = e.value;
    object_->indices[f.slot] = detail::kDeletedSlot;
    e = Entry{detail::kDeletedHash, K{}, V{}};  // drop the references for the collector
    --object_->used;
    return value;
  }
  // A fresh table of `size` slots (a power of two) with no entries.
  void allocate_table(int64_t size) const {
    object_->indices = static_cast<int32_t*>(gc_alloc_atomic(sizeof(int32_t) * size));
    std::fill_n(object_->indices, size, detail::kEmptySlot);
    object_->usable = (size << 1) / 3;
    object_->entries = gc_new_array<Entry>(object_->usable);
    object_->mask = size - 1;
    object_->used = object_->nentries = 0;
  }
  // Rebuilds the table for at least `minimum` entries, compacting them.
  void resize(int64_t minimum) const {
    Entry* old = object_->entries;
    int64_t old_end = object_->nentries;
    allocate_table(detail::dict_table_size(minimum));
    for (int64_t i = 0; i < old_end; ++i) {
      if (old[i].hash == detail::kDeletedHash) continue;
      object_->indices[empty_slot(object_, old[i].hash)] = static_cast<int32_t>(object_->nentries);
      object_->entries[object_->nentries++] = old[i];
    }
    object_->used = object_->nentries;
    object_->usable -= object_->used;
  }

  static bool boxed_entry(const DictHeader* self, int64_t index, Value* key, Value* value) {
    const Entry& e = static_cast<const DictObject<K, V>*>(self)->entries[index];
    if (e.hash == detail::kDeletedHash) return false;
    *key = box(e.key);
    *value = box(e.value);
    return true;
  }
  // The entry under a key equal to a boxed one, or -1.
  static int64_t find_boxed(const DictHeader* self, Value key) {
    auto d = static_cast<const DictObject<K, V>*>(self);
    int64_t h = hash(key);
    uint64_t mask = d->mask, perturb = h, i = h & mask;
    for (int32_t ix; (ix = d->indices[i]) != detail::kEmptySlot;) {
      if (ix >= 0 && d->entries[ix].hash == h && same_or_equal(box(d->entries[ix].key), key)) return ix;
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    return -1;
  }
  static bool boxed_lookup(const DictHeader* self, Value key, Value* value) {
    int64_t ix = find_boxed(self, key);
    if (ix >= 0) *value = box(static_cast<const DictObject<K, V>*>(self)->entries[ix].value);
    return ix >= 0;
  }
  static Dict of(DictHeader* self) { return Dict(static_cast<DictObject<K, V>*>(self)); }
  static void boxed_store(DictHeader* self, Value key, Value value) {
    of(self).set(unbox_item<K>(key, dict_type), unbox_item<V>(value, dict_type));
  }
  // Found through the boxed key, so that a key of another type is simply
  // absent (KeyError) rather than one the dict cannot hold.
  static bool boxed_remove(DictHeader* self, Value key, Value* value) {
    int64_t ix = find_boxed(self, key);
    if (ix >= 0) *value = box(of(self).pop(of(self).entries()[ix].key));
    return ix >= 0;
  }
  static void boxed_clear(DictHeader* self) { of(self).clear(); }

  DictObject<K, V>* object_;

 public:
  static constexpr DictOps ops{&boxed_entry, &boxed_lookup, &boxed_store, &boxed_remove, &boxed_clear};
};

template <typename K, typename V>
int64_t len(Dict<K, V> d) {
  return d.size();
}
template <typename K, typename V>
bool contains(Dict<K, V> d, K key) {
  return d.contains(key);
}
template <typename K, typename V>
Value box(Dict<K, V> d) {
  return Value::of_object(&d.object()->header);
}
template <typename K, typename V>
Str repr(Dict<K, V> d) {
  return dict_repr(d.object());
}
template <typename K, typename V>
Str str(Dict<K, V> d) {
  return repr(d);
}
template <typename K, typename V>
int64_t hash(Dict<K, V> d) {
  return unhashable(&d.object()->header);
}
template <typename K, typename V>
bool equal(Dict<K, V> a, Dict<K, V> b) {
  if (a.size() != b.size()) return false;
  for (int64_t i = 0; i < a.entries_end(); ++i) {
    const DictEntry<K, V>& e = a.entries()[i];
    if (e.hash == detail::kDeletedHash) continue;
    V* other = b.find(e.key);
    if (!other || !same_or_equal(e.value, *other)) return false;
  }
  return true;
}

// a | b: a copy of a updated with b.
template <typename K, typename V>
Dict<K, V> operator|(Dict<K, V> a, Dict<K, V> b) {
  Dict<K, V> result = a.copy();
  result.update(b);
  return result;
}

// Iterating a dict (its keys, values or items): entries in order, with
// CPython's checks at every step — RuntimeError "dictionary changed size
// during iteration", and "dictionary keys changed during iteration" when
// the loop would see more entries than the dict had.
template <typename K, typename V>
class DictIterator {
 public:
  explicit DictIterator(Dict<K, V> d) : d_(d), expected_size_(d.size()), remaining_(d.size()) {}
  // The next live entry, or null at the end.
  const DictEntry<K, V>* next() {
    if (d_.size() != expected_size_) {
      expected_size_ = -1;  // stays broken, as CPython's di_used = -1
      detail::raise_dict_changed(true);
    }
    while (at_ < d_.entries_end() && d_.entries()[at_].hash == detail::kDeletedHash) ++at_;
    if (at_ >= d_.entries_end()) return nullptr;
    if (remaining_-- == 0) detail::raise_dict_changed(false);
    return &d_.entries()[at_++];
  }
  bool next_key(K& key) {
    const DictEntry<K, V>* e = next();
    if (e) key = e->key;
    return e;
  }

 private:
  Dict<K, V> d_;
  int64_t expected_size_;
  int64_t remaining_;
  int64_t at_ = 0;
};

}  // namespace ingot::rt

// The unboxing the dynamic mutations need, once Dict is complete.
#include "runtime/container_ops.h"
