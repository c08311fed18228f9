// d.keys(), d.values(), d.items(): live views of a Dict (iteration with
// the dict's mutation checks, len, `in`, repr).
#pragma once

#include "runtime/dict.h"
#include "runtime/list.h"

namespace ingot::rt {

enum class DictViewKind { keys, values, items };

template <typename K, typename V, DictViewKind kind>
class DictView {
 public:
  using value_type = std::conditional_t<kind == DictViewKind::keys, K,
                                        std::conditional_t<kind == DictViewKind::values, V, Tuple<K, V>>>;

  explicit DictView(Dict<K, V> d) : d_(d) {}
  Dict<K, V> dict() const { return d_; }

  static value_type item_of(const DictEntry<K, V>& e) {
    if constexpr (kind == DictViewKind::keys) return e.key;
    else if constexpr (kind == DictViewKind::values) return e.value;
    else return {e.key, e.value};
  }

  // Range-for: each step is one call of the iterator's next(), so the
  // mutation checks run where CPython runs them.
  struct End {};
  class Iterator {
   public:
    explicit Iterator(Dict<K, V> d) : it_(d) { current_ = it_.next(); }
    value_type operator*() const { return item_of(*current_); }
    Iterator& operator++() {
      current_ = it_.next();
      return *this;
    }
    bool operator!=(End) const { return current_ != nullptr; }

   private:
    DictIterator<K, V> it_;
    const DictEntry<K, V>* current_;
  };
  Iterator begin() const { return Iterator(d_); }
  End end() const { return {}; }

 private:
  Dict<K, V> d_;
};

template <typename K, typename V>
DictView<K, V, DictViewKind::keys> keys(Dict<K, V> d) {
  return DictView<K, V, DictViewKind::keys>(d);
}
template <typename K, typename V>
DictView<K, V, DictViewKind::values> values(Dict<K, V> d) {
  return DictView<K, V, DictViewKind::values>(d);
}
template <typename K, typename V>
DictView<K, V, DictViewKind::items> items(Dict<K, V> d) {
  return DictView<K, V, DictViewKind::items>(d);
}
// Iterating a dict is iterating its keys.
template <typename K, typename V>
auto begin(Dict<K, V> d) {
  return keys(d).begin();
}
template <typename K, typename V>
auto end(Dict<K, V> d) {
  return keys(d).end();
}

template <typename K, typename V, DictViewKind kind>
int64_t len(DictView<K, V, kind> view) {
  return view.dict().size();
}
template <typename K, typename V>
bool contains(DictView<K, V, DictViewKind::keys> view, K key) {
  return view.dict().contains(key);
}
template <typename K, typename V>
bool contains(DictView<K, V, DictViewKind::values> view, V value) {
  for (V v : view)
    if (same_or_equal(v, value)) return true;
  return false;
}
template <typename K, typename V>
bool contains(DictView<K, V, DictViewKind::items> view, Tuple<K, V> item) {
  V* v = view.dict().find(item.template get<0>());
  return v && same_or_equal(*v, item.template get<1>());
}
// list(view)
template <typename K, typename V, DictViewKind kind>
auto to_list(DictView<K, V, kind> view) {
  List<typename DictView<K, V, kind>::value_type> l = List<typename DictView<K, V, kind>::value_type>::with_capacity(len(view));
  for (auto item : view) l.append(item);
  return l;
}
// "dict_keys([1, 2])", "dict_values([...])", "dict_items([(1, 'a')])".
template <typename K, typename V, DictViewKind kind>
Str repr(DictView<K, V, kind> view) {
  const char* name = kind == DictViewKind::keys ? "dict_keys(" : kind == DictViewKind::values ? "dict_values(" : "dict_items(";
  return Str::from_ascii(name) + repr(to_list(view)) + Str::from_ascii(")");
}

}  // namespace ingot::rt
