// Python's set and frozenset as Set<T> (docs/runtime.md, "set").
//
// Unlike dict, a set's iteration order is its hash table's slot order, and
// for ints (whose hash is the value) programs observe it: print({3, 1, 2}).
// So this is a port of CPython 3.11's setobject.c table — open addressing
// with runs of 9 linear probes between perturbed jumps, dummies that keep
// probe chains intact, resizes at 60% fill to 4x the used count — and of
// each operation's algorithm (which operand is iterated, when a resize
// happens), since those decide the order of a result.
//
// An entry is {hash, key}. CPython marks an empty slot with a null key; a
// typed key has no null, so an empty slot is hash INT64_MIN instead, and a
// real hash of exactly INT64_MIN (only a tuple's can be) is stored as
// INT64_MIN + 1. A deleted slot is hash -1, as in CPython. Lookups find
// their way through the control bytes of set_probe.h, which mirror that.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <type_traits>

#include "runtime/exception.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/set_probe.h"

namespace ingot::rt {

extern const TypeObject set_type;
extern const TypeObject frozenset_type;

struct SetHeader;

// One table per element representation (Set<T>::ops), for the dynamic
// paths (repr, ==, hash, methods called on a Value).
struct SetOps {
  // The boxed key of slot `index`; false for an empty or deleted slot.
  bool (*slot)(const SetHeader* self, int64_t index, Value* key);
  bool (*contains)(const SetHeader* self, Value key);
  // s.add(key); SystemError for a key the set's representation cannot
  // hold (container_ops.h).
  void (*add)(SetHeader* self, Value key);
  // s.discard(key): whether it was there.
  bool (*discard)(SetHeader* self, Value key);
  Value (*pop)(SetHeader* self);
  void (*clear)(SetHeader* self);
};

// What every Set<T> shares.
struct SetHeader {
  Object header;  // set_type or frozenset_type
  const SetOps* ops;
  int64_t fill;    // active and deleted slots
  int64_t used;    // len(s)
  int64_t mask;    // slots - 1
  int64_t finger;  // where pop() looks next
};

template <typename T>
struct SetEntry {
  int64_t hash;
  T key;
};

// Which ints in [kMin, kMin + kBits) a Set<Int> holds, a bit each: the
// table's own answer, kept beside it so that `k in s` for such a key is one
// bit test (and add/discard of one already there/absent need no probe). A
// set that keeps gaining and losing keys fills its runs with dummies (the
// table cannot drop them without changing the slot order programs see), and
// every probe then walks them (docs/runtime.md, "set").
struct SmallKeyBits {
  static constexpr int64_t kMin = -64, kWords = 4, kBits = kWords * 64;
  uint64_t words[kWords];
  // The bit of an int in the window, else -1.
  static int64_t index(Int key) {
    if (!key.is_small()) return -1;
    uint64_t i = static_cast<uint64_t>(key.small() - kMin);
    return i < static_cast<uint64_t>(kBits) ? static_cast<int64_t>(i) : -1;
  }
  bool test(int64_t i) const { return (words[i >> 6] >> (i & 63)) & 1; }
  void set(int64_t i) { words[i >> 6] |= uint64_t{1} << (i & 63); }
  void reset(int64_t i) { words[i >> 6] &= ~(uint64_t{1} << (i & 63)); }
};
struct NoSmallKeyBits {};

// Where each key of that window lies in the table: removing one is then a
// lookup here, not a probe along a chain of dummies (nqueens' add/remove
// loop, 18% faster). Kept only for a table of at most 256 slots that has
// gathered kDummies dummies (a set that keeps losing keys), made then from
// the table and dropped with it at a resize; a byte per key of the window.
struct SmallKeySlots {
  static constexpr int64_t kMaxSlots = 256, kDummies = 8;
  uint8_t* slot;  // null, or SmallKeyBits::kBits bytes; valid where the key's bit is set
};
struct NoSmallKeySlots {};

template <typename T>
struct SetObject : SetHeader {
  SetEntry<T>* table;  // mask + 1 entries, then their control bytes
  [[no_unique_address]] std::conditional_t<std::is_same_v<T, Int>, SmallKeyBits, NoSmallKeyBits> small_keys;
  [[no_unique_address]] std::conditional_t<std::is_same_v<T, Int>, SmallKeySlots, NoSmallKeySlots> key_slots;
};

// "{1, 2}", "set()", "frozenset({1})", "frozenset()".
Str set_repr(const SetHeader* s);
bool set_equal(const SetHeader* a, const SetHeader* b);
// CPython's frozenset_hash over the entries' hashes.
int64_t frozenset_hash(const SetHeader* s);

// A Value as an item of a container of T (container_ops.h).
template <typename T>
T unbox_item(Value v, const TypeObject& container);

namespace detail {
inline constexpr int64_t kEmptySetHash = INT64_MIN, kDummySetHash = -1;
inline constexpr int kLinearProbes = 9;
inline int64_t stored_set_hash(int64_t h) { return h == kEmptySetHash ? h + 1 : h; }
[[noreturn, gnu::cold]] void raise_set_key_error(Value key);
[[noreturn, gnu::cold]] void raise_pop_from_empty_set();
[[noreturn, gnu::cold]] void raise_set_changed_size();
[[noreturn, gnu::cold]] void raise_frozenset_method(std::string_view method);
}  // namespace detail

template <typename T>
class Set {
 public:
  using Entry = SetEntry<T>;

  Set() : Set(&set_type) {}
  Set(std::initializer_list<T> items) : Set() {
    for (const T& item : items) add(item);
  }
  explicit Set(SetObject<T>* object) : object_(object) {}
  // set(iterable) for any C++ range of T (a List, another view...).
  template <typename Range>
  static Set from(const Range& items) {
    Set s;
    s.update_from(items);
    return s;
  }
  // frozenset(s).
  Set frozen() const {
    Set result(&frozenset_type);
    result.merge(*this);
    return result;
  }

  SetObject<T>* object() const { return object_; }
  int64_t size() const { return object_->used; }
  bool is_frozen() const { return object_->header.type == &frozenset_type; }
  // The set itself, for a call of a method that changes it: a frozenset
  // (the same C++ type) has no such attribute.
  Set mutated_by(std::string_view method) const {
    if (is_frozen()) [[unlikely]] detail::raise_frozenset_method(method);
    return *this;
  }
  // The table, for iteration: slots [0, slots()).
  const Entry* table() const { return object_->table; }
  int64_t slots() const { return object_->mask + 1; }
  static bool is_active(const Entry& e) {
    return e.hash != detail::kEmptySetHash && e.hash != detail::kDummySetHash;
  }

  bool contains(T key) const {
    if constexpr (kSmallKeys)
      if (int64_t bit = SmallKeyBits::index(key); bit >= 0) return object_->small_keys.test(bit);
    return find<false>(key, stored_hash(key)).found >= 0;
  }
  void add(T key) const { add_entry(key, stored_hash(key)); }
  // KeyError(key) when absent.
  void remove(T key) const {
    if (!discard_entry(key, stored_hash(key))) detail::raise_set_key_error(box(key));
  }
  void discard(T key) const { discard_entry(key, stored_hash(key)); }
  // KeyError "pop from an empty set".
  T pop() const {
    if (size() == 0) detail::raise_pop_from_empty_set();
    int64_t i = object_->finger & object_->mask;
    while (!is_active(object_->table[i])) i = i == object_->mask ? 0 : i + 1;
    T key = object_->table[i].key;
    bury(i);
    --object_->used;
    object_->finger = i + 1;
    return key;
  }
  void clear() const { allocate_table(8); }
  Set copy() const {
    Set result(object_->header.type);
    result.merge(*this);
    return result;
  }

  // s |= other (update), s &= other, s -= other, s ^= other.
  void update(Set other) const { merge(other); }
  // s.update(iterable) for any C++ range of T: adds in order.
  template <typename Range>
  void update_from(const Range& items) const {
    for (const T& item : items) add(item);
  }
  void intersection_update(Set other) const {
    Set result = intersection(other);
    object_->table = result.object_->table;
    object_->fill = result.object_->fill;
    object_->used = result.object_->used;
    object_->mask = result.object_->mask;
    object_->small_keys = result.object_->small_keys;
    object_->key_slots = result.object_->key_slots;
  }
  void difference_update(Set other) const {
    if (other.object_ == object_) return clear();
    if ((other.size() >> 3) > size()) other = intersection(other);
    for (int64_t i = 0; i < other.slots(); ++i)
      if (is_active(other.table()[i])) discard_entry(other.table()[i].key, other.table()[i].hash);
    // More than a quarter dummies: rebuild.
    if (object_->fill - object_->used > object_->mask / 4) table_resize(size() > 50000 ? size() * 2 : size() * 4);
  }
  void symmetric_difference_update(Set other) const {
    if (other.object_ == object_) return clear();
    for (int64_t i = 0; i < other.slots(); ++i) {
      const Entry& e = other.table()[i];
      if (is_active(e) && !discard_entry(e.key, e.hash)) add_entry(e.key, e.hash);
    }
  }

  // s | other, s & other, s - other, s ^ other: a new set of s's class.
  Set union_with(Set other) const {
    Set result = copy();
    result.merge(other);
    return result;
  }
  Set intersection(Set other) const {
    if (other.object_ == object_) return copy();
    Set result(object_->header.type);
    Set small = other, large = *this;
    if (other.size() > size()) small = *this, large = other;
    for (int64_t i = 0; i < small.slots(); ++i) {
      const Entry& e = small.table()[i];
      if (is_active(e) && is_active(large.table()[large.lookup(e.key, e.hash)])) result.add_entry(e.key, e.hash);
    }
    return result;
  }
  Set difference(Set other) const {
    if ((size() >> 2) > other.size()) {
      Set result = copy();
      result.difference_update(other);
      return result;
    }
    Set result(object_->header.type);
    for (int64_t i = 0; i < slots(); ++i) {
      const Entry& e = table()[i];
      if (is_active(e) && !is_active(other.table()[other.lookup(e.key, e.hash)])) result.add_entry(e.key, e.hash);
    }
    return result;
  }
  Set symmetric_difference(Set other) const {
    Set result(object_->header.type);
    result.merge(other);
    result.symmetric_difference_update(*this);
    return result;
  }

  bool issubset(Set other) const {
    if (size() > other.size()) return false;
    for (int64_t i = 0; i < slots(); ++i)
      if (is_active(table()[i]) && !is_active(other.table()[other.lookup(table()[i].key, table()[i].hash)]))
        return false;
    return true;
  }
  bool issuperset(Set other) const { return other.issubset(*this); }
  bool isdisjoint(Set other) const {
    Set small = size() <= other.size() ? *this : other, large = size() <= other.size() ? other : *this;
    for (int64_t i = 0; i < small.slots(); ++i)
      if (is_active(small.table()[i]) && is_active(large.table()[large.lookup(small.table()[i].key, small.table()[i].hash)]))
        return false;
    return true;
  }

  // Range-for in slot order; RuntimeError "Set changed size during
  // iteration" when the size changes, as CPython's setiter.
  struct End {};
  class Iterator {
   public:
    explicit Iterator(Set s) : s_(s), expected_size_(s.size()) { advance(); }
    T operator*() const { return s_.table()[at_].key; }
    Iterator& operator++() {
      ++at_;
      advance();
      return *this;
    }
    bool operator!=(End) const { return at_ < s_.slots(); }

   private:
    void advance() {
      if (s_.size() != expected_size_) detail::raise_set_changed_size();
      while (at_ < s_.slots() && !is_active(s_.table()[at_])) ++at_;
    }
    Set s_;
    int64_t expected_size_;
    int64_t at_ = 0;
  };
  Iterator begin() const { return Iterator(*this); }
  End end() const { return {}; }

 private:
  explicit Set(const TypeObject* type) : object_(static_cast<SetObject<T>*>(gc_alloc(sizeof(SetObject<T>)))) {
    object_->header.type = type;
    object_->ops = &ops;
    allocate_table(8);
  }
  static constexpr bool kSmallKeys = std::is_same_v<T, Int>;
  static int64_t stored_hash(T key) { return detail::stored_set_hash(hash(key)); }

  static uint8_t* control(const Entry* table, int64_t mask) {
    return reinterpret_cast<uint8_t*>(const_cast<Entry*>(table) + mask + 1);
  }
  // Entries and control bytes in one block: one allocation per table.
  void allocate_table(int64_t slots) const {
    object_->table = static_cast<Entry*>(gc_alloc(sizeof(Entry) * slots + slots + detail::kControlGroupBytes));
    std::fill_n(object_->table, slots, Entry{detail::kEmptySetHash, T{}});
    std::memset(control(object_->table, slots - 1), detail::kEmptyControl, slots + detail::kControlGroupBytes);
    object_->mask = slots - 1;
    object_->fill = object_->used = 0;
    if constexpr (kSmallKeys) object_->small_keys = {}, object_->key_slots = {};
  }
  static void store(Entry* table, int64_t mask, int64_t i, T key, int64_t h) {
    table[i] = Entry{h, key};
    control(table, mask)[i] = detail::control_tag(h);
  }
  void store(int64_t i, T key, int64_t h) const {
    store(object_->table, object_->mask, i, key, h);
    if constexpr (kSmallKeys)
      if (int64_t bit = SmallKeyBits::index(key); bit >= 0) {
        object_->small_keys.set(bit);
        if (uint8_t* slot = object_->key_slots.slot) slot[bit] = static_cast<uint8_t>(i);
      }
  }
  // Slot i becomes a dummy, dropping its key's reference for the collector.
  void bury(int64_t i) const {
    if constexpr (kSmallKeys)
      if (int64_t bit = SmallKeyBits::index(object_->table[i].key); bit >= 0) object_->small_keys.reset(bit);
    object_->table[i] = Entry{detail::kDummySetHash, T{}};
    control(object_->table, object_->mask)[i] = detail::kDummyControl;
  }

  // Where h's probe chain stops: at the first slot whose tag is h's and
  // whose entry `matches` accepts (found), else at the first empty slot.
  // With kLastDummy, also the last dummy passed on the way there.
  struct Stop {
    int64_t found = -1, empty = -1, dummy = -1;
  };
  // CPython's probe order, a run at a time: slot i and its 9 neighbours
  // (slot i alone where they would pass the end), then a perturbed jump.
  template <bool kLastDummy, typename Matches>
  static Stop probe(const Entry* table, int64_t mask_signed, int64_t h, Matches matches) {
    const uint8_t* ctrl = control(table, mask_signed);
    const uint8_t tag = detail::control_tag(h);
    constexpr uint32_t kRun = (1u << (detail::kLinearProbes + 1)) - 1;
    uint64_t mask = mask_signed, perturb = h, i = h & mask;
    Stop stop;
    for (;;) {
      uint32_t run = i + detail::kLinearProbes <= mask ? kRun : 1;
      detail::ControlGroup group = detail::scan_control_group(ctrl + i, tag);
      uint32_t empty = group.empty & run;
      uint32_t before = empty ? (empty & (0u - empty)) - 1 : run;  // the slots ahead of the first empty
      for (uint32_t candidates = group.match & before; candidates; candidates &= candidates - 1) {
        int64_t j = static_cast<int64_t>(i) + std::countr_zero(candidates);
        if (matches(table[j])) {
          stop.found = j;
          return stop;
        }
      }
      if constexpr (kLastDummy)
        if (uint32_t dummies = group.dummy & before) stop.dummy = static_cast<int64_t>(i) + std::bit_width(dummies) - 1;
      if (empty) {
        stop.empty = static_cast<int64_t>(i) + std::countr_zero(empty);
        return stop;
      }
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
  template <bool kLastDummy>
  Stop find(T key, int64_t h) const {
    return probe<kLastDummy>(object_->table, object_->mask, h,
                             [&](const Entry& e) { return e.hash == h && same_or_equal(e.key, key); });
  }
  // The slot holding a key equal to `key`, or the empty slot ending its chain.
  int64_t lookup(T key, int64_t h) const {
    Stop stop = find<false>(key, h);
    return stop.found >= 0 ? stop.found : stop.empty;
  }
  // A new key goes into the last deleted slot its probe chain passed (as in
  // 3.11's set_add_entry, which the order tests confirm), else at the end.
  void add_entry(T key, int64_t h) const {
    bool absent = false;
    if constexpr (kSmallKeys)
      if (int64_t bit = SmallKeyBits::index(key); bit >= 0) {
        if (object_->small_keys.test(bit)) return;
        absent = true;
      }
    // A key known absent compares no entries: only the free slots matter.
    Stop stop = absent ? probe<true>(object_->table, object_->mask, h, [](const Entry&) { return false; })
                       : find<true>(key, h);
    if (stop.found >= 0) return;
    ++object_->used;
    if (stop.dummy >= 0) return store(stop.dummy, key, h);
    store(stop.empty, key, h);
    if (++object_->fill * 5 >= object_->mask * 3) table_resize(size() > 50000 ? size() * 2 : size() * 4);
  }
  // Into a table without dummies or an equal key.
  static void insert_clean(Entry* table, int64_t mask, T key, int64_t h) {
    store(table, mask, probe<false>(table, mask, h, [](const Entry&) { return false; }).empty, key, h);
  }
  bool discard_entry(T key, int64_t h) const {
    if constexpr (kSmallKeys)
      if (int64_t bit = SmallKeyBits::index(key); bit >= 0) {
        if (!object_->small_keys.test(bit)) return false;
        const uint8_t* slot = object_->key_slots.slot;
        bury(slot ? slot[bit] : lookup(key, h));
        --object_->used;
        if (!slot && object_->fill - object_->used >= SmallKeySlots::kDummies &&
            object_->mask < SmallKeySlots::kMaxSlots) [[unlikely]]
          keep_key_slots();
        return true;
      }
    int64_t i = lookup(key, h);
    if (object_->table[i].hash == detail::kEmptySetHash) return false;
    bury(i);
    --object_->used;
    return true;
  }
  // Starts SmallKeySlots for this table: the slot of each key of the window.
  [[gnu::noinline]] void keep_key_slots() const {
    auto* slot = static_cast<uint8_t*>(gc_alloc_atomic(SmallKeyBits::kBits));
    for (int64_t i = 0; i <= object_->mask; ++i)
      if (is_active(object_->table[i]))
        if (int64_t bit = SmallKeyBits::index(object_->table[i].key); bit >= 0) slot[bit] = static_cast<uint8_t>(i);
    object_->key_slots.slot = slot;
  }
  // Out of line, being rare: add_entry then inlines into add() instead of
  // being a call of its own per key (nqueens' add/remove loop, 2% faster).
  [[gnu::noinline]] void table_resize(int64_t minused) const {
    int64_t slots = 8;
    while (slots <= minused) slots <<= 1;
    Entry* old = object_->table;
    int64_t old_slots = object_->mask + 1, used = object_->used;
    auto small_keys = object_->small_keys;  // the same keys, in other slots
    allocate_table(slots);
    object_->small_keys = small_keys;
    for (int64_t i = 0; i < old_slots; ++i)
      if (is_active(old[i])) insert_clean(object_->table, object_->mask, old[i].key, old[i].hash);
    object_->fill = object_->used = used;
  }
  // CPython's set_merge: one resize up front, then a straight copy of the
  // slots when the tables match, clean inserts into an empty table, or
  // ordinary adds.
  void merge(Set other) const {
    if (other.object_ == object_ || other.size() == 0) return;
    if ((object_->fill + other.size()) * 5 >= object_->mask * 3) table_resize((size() + other.size()) * 2);
    const SetObject<T>* o = other.object_;
    // An empty table: the other's keys are exactly this one's after the copy.
    if (object_->fill == 0) object_->small_keys = o->small_keys;
    if (object_->fill == 0 && object_->mask == o->mask && o->fill == o->used) {
      // No dummies to drop: the entries and control bytes as they are.
      std::copy_n(o->table, o->mask + 1, object_->table);
      std::memcpy(control(object_->table, o->mask), control(o->table, o->mask), o->mask + 1);
      object_->fill = object_->used = o->used;
      return;
    }
    if (object_->fill == 0) {
      object_->fill = object_->used = o->used;
      for (int64_t i = 0; i <= o->mask; ++i)
        if (is_active(o->table[i])) insert_clean(object_->table, object_->mask, o->table[i].key, o->table[i].hash);
      return;
    }
    for (int64_t i = 0; i <= o->mask; ++i)
      if (is_active(o->table[i])) add_entry(o->table[i].key, o->table[i].hash);
  }

  static bool boxed_slot(const SetHeader* self, int64_t index, Value* key) {
    const Entry& e = static_cast<const SetObject<T>*>(self)->table[index];
    if (!is_active(e)) return false;
    *key = box(e.key);
    return true;
  }
  // The slot of a key equal to a boxed one; its hash is kEmptySetHash when absent.
  static int64_t find_boxed(const SetHeader* self, Value key) {
    auto s = static_cast<const SetObject<T>*>(self);
    int64_t h = detail::stored_set_hash(hash(key));
    Stop stop = probe<false>(s->table, s->mask, h,
                             [&](const Entry& e) { return e.hash == h && same_or_equal(box(e.key), key); });
    return stop.found >= 0 ? stop.found : stop.empty;
  }
  static bool boxed_contains(const SetHeader* self, Value key) {
    return static_cast<const SetObject<T>*>(self)->table[find_boxed(self, key)].hash != detail::kEmptySetHash;
  }
  static Set of(SetHeader* self) { return Set(static_cast<SetObject<T>*>(self)); }
  static void boxed_add(SetHeader* self, Value key) { of(self).add(unbox_item<T>(key, set_type)); }
  // Found through the boxed key: a key of another type is simply absent.
  static bool boxed_discard(SetHeader* self, Value key) {
    const Entry& e = static_cast<SetObject<T>*>(self)->table[find_boxed(self, key)];
    return e.hash != detail::kEmptySetHash && of(self).discard_entry(e.key, e.hash);
  }
  static Value boxed_pop(SetHeader* self) { return box(of(self).pop()); }
  static void boxed_clear(SetHeader* self) { of(self).clear(); }

  SetObject<T>* object_;

 public:
  static constexpr SetOps ops{&boxed_slot, &boxed_contains, &boxed_add, &boxed_discard, &boxed_pop, &boxed_clear};
};

template <typename T>
int64_t len(Set<T> s) {
  return s.size();
}
template <typename T>
bool contains(Set<T> s, T key) {
  return s.contains(key);
}
template <typename T>
Value box(Set<T> s) {
  return Value::of_object(&s.object()->header);
}
template <typename T>
Str repr(Set<T> s) {
  return set_repr(s.object());
}
template <typename T>
Str str(Set<T> s) {
  return repr(s);
}
// hash(frozenset); TypeError "unhashable type: 'set'" for a set.
template <typename T>
int64_t hash(Set<T> s) {
  if (!s.is_frozen()) unhashable(&s.object()->header);
  return frozenset_hash(s.object());
}
template <typename T>
bool equal(Set<T> a, Set<T> b) {
  return a.size() == b.size() && a.issubset(b);
}
// Subset and superset tests: a < b is a proper subset.
template <typename T>
bool rich_compare(Set<T> a, Set<T> b, CompareOp op) {
  switch (op) {
    case CompareOp::lt: return a.size() < b.size() && a.issubset(b);
    case CompareOp::le: return a.issubset(b);
    case CompareOp::gt: return a.size() > b.size() && b.issubset(a);
    case CompareOp::ge: return b.issubset(a);
  }
  __builtin_unreachable();
}
template <typename T>
Set<T> operator|(Set<T> a, Set<T> b) {
  return a.union_with(b);
}
template <typename T>
Set<T> operator&(Set<T> a, Set<T> b) {
  return a.intersection(b);
}
template <typename T>
Set<T> operator-(Set<T> a, Set<T> b) {
  return a.difference(b);
}
template <typename T>
Set<T> operator^(Set<T> a, Set<T> b) {
  return a.symmetric_difference(b);
}

}  // namespace ingot::rt

// The unboxing the dynamic mutations need, once Set is complete.
#include "runtime/container_ops.h"
