// Iteration for compiled code: `iterate(x)` gives a C++ range over the
// items of any container in their own representation (range and str
// included), and Iter<T> is an iterator *value* — what iter(), enumerate(),
// zip(), reversed() and the like return — erased to one type per element
// representation, so that it can live in a variable or a container.
#pragma once

#include <array>
#include <new>
#include <optional>
#include <tuple>
#include <utility>

#include "runtime/dict_views.h"
#include "runtime/exception.h"
#include "runtime/list.h"
#include "runtime/memory.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace ingot::rt {

extern const TypeObject iterator_type;

// Adapts a class with `bool next(T&)` to range-for.
template <typename Source, typename T>
class NextRange {
 public:
  explicit NextRange(Source source) : source_(std::move(source)) {}
  struct End {};
  class Iterator {
   public:
    explicit Iterator(Source* source) : source_(source) { done_ = !source_->next(item_); }
    T operator*() const { return item_; }
    Iterator& operator++() {
      done_ = !source_->next(item_);
      return *this;
    }
    bool operator!=(End) const { return !done_; }

   private:
    Source* source_;
    T item_{};
    bool done_;
  };
  // Iterating consumes the source: a NextRange is iterated once.
  Iterator begin() const { return Iterator(&source_); }
  End end() const { return {}; }

 private:
  mutable Source source_;
};

// Range items as Int (the loop variable of `for i in range(n)` is an int).
class RangeItems {
 public:
  explicit RangeItems(Range r) : it_(r) {}
  bool next(Int& out) { return it_.next(out); }

 private:
  RangeIterator it_;
};

// The range of a value's items.
template <typename T>
List<T> iterate(List<T> l) {
  return l;
}
template <typename T>
TupleOf<T> iterate(TupleOf<T> t) {
  return t;
}
template <typename T>
Set<T> iterate(Set<T> s) {
  return s;
}
template <typename K, typename V>
DictView<K, V, DictViewKind::keys> iterate(Dict<K, V> d) {
  return keys(d);
}
template <typename K, typename V, DictViewKind kind>
DictView<K, V, kind> iterate(DictView<K, V, kind> v) {
  return v;
}
inline NextRange<RangeItems, Int> iterate(Range r) { return NextRange<RangeItems, Int>(RangeItems(r)); }
inline NextRange<StrIterator, Str> iterate(Str s) { return NextRange<StrIterator, Str>(StrIterator(s)); }
// A fixed tuple's items boxed: code generation asks for them where their
// types differ but not their representation (`for cls in (A, B)`).
template <typename... Items>
auto iterate_boxed(const Tuple<Items...>& t) {
  return std::apply([](const auto&... item) { return std::array<Value, sizeof...(Items)>{box(item)...}; }, t.items());
}

// A fixed tuple's items: as they are when all have one representation,
// else boxed.
template <typename... Items>
auto iterate(const Tuple<Items...>& t) {
  if constexpr (sizeof...(Items) == 0) {
    return std::array<Value, 0>{};
  } else {
    using First = std::tuple_element_t<0, std::tuple<Items...>>;
    if constexpr ((std::is_same_v<First, Items> && ...)) {
      return std::apply([](const auto&... item) { return std::array<First, sizeof...(Items)>{item...}; }, t.items());
    } else {
      return iterate_boxed(t);
    }
  }
}

// The representation of the items `iterate(x)` gives.
template <typename X>
using ItemOf = std::decay_t<decltype(*std::declval<decltype(iterate(std::declval<X>()))&>().begin())>;

// --- Iterator values.

// What every Iter<T> shares, for the dynamic paths: a dict view's repr and
// len (null for other iterators), and the iteration protocol over Values
// (the class's iter and next slots, iteration.cpp).
struct IterHeader {
  Object header;
  Str (*repr)(const Object* self) = nullptr;
  int64_t (*length)(const Object* self) = nullptr;
  // A dict view is iterable again and again: each loop over it starts a
  // fresh iterator (null for one-shot iterators).
  IterHeader* (*restart)(const IterHeader* self) = nullptr;
  // The next item boxed, false at the end; one function per item
  // representation, so it also tells which Iter<T> a boxed iterator is.
  bool (*next_boxed)(IterHeader* self, Value* out) = nullptr;
  // Keys and items views: | & - ^ with any iterable give a set.
  bool set_like = false;
};

template <typename T>
struct IterObject : IterHeader {
  bool (*next)(IterObject* self, T& out);
  static bool next_item_boxed(IterHeader* self, Value* out) {
    auto* it = static_cast<IterObject*>(self);
    T item{};
    if (!it->next(it, item)) return false;
    *out = box(item);
    return true;
  }
};

template <typename T>
class Iter {
 public:
  using value_type = T;
  explicit Iter(IterObject<T>* object) : object_(object) {}

  // An iterator whose next() is `step(T&) -> bool`; the callable lives in
  // collected memory, so what it captures is scanned.
  template <typename Step>
  static Iter from_step(Step step) {
    struct Holder : IterObject<T> {
      Step step;
    };
    auto* h = static_cast<Holder*>(gc_alloc(sizeof(Holder)));
    h->header.type = &iterator_type;
    h->next_boxed = &IterObject<T>::next_item_boxed;
    h->next = [](IterObject<T>* self, T& out) -> bool { return static_cast<Holder*>(self)->step(out); };
    new (&h->step) Step(std::move(step));
    return Iter(h);
  }
  // iter(x) over any range (a copy of x's handle, started on the first next()).
  // The range's iterator moves on only when the next item is asked for:
  // one that fetches its item as it moves (a generator's, an Iter's) would
  // otherwise take an item from the source too early, which another
  // iterator over the same source (zip(it, it)) then misses.
  template <typename Range>
  static Iter over(Range range) {
    using It = decltype(range.begin());
    struct State {
      Range range;
      std::optional<It> it;
      bool next(T& out) {
        if (!it) it.emplace(range.begin());
        else if (*it != range.end()) ++*it;
        if (!(*it != range.end())) return false;
        out = **it;
        return true;
      }
    };
    return from_step([state = State{std::move(range), std::nullopt}](T& out) mutable { return state.next(out); });
  }

  IterObject<T>* object() const { return object_; }
  bool next(T& out) const { return object_->next(object_, out); }

  struct End {};
  class Iterator {
   public:
    explicit Iterator(IterObject<T>* object) : object_(object) { done_ = !object_->next(object_, item_); }
    T operator*() const { return item_; }
    Iterator& operator++() {
      done_ = !object_->next(object_, item_);
      return *this;
    }
    bool operator!=(End) const { return !done_; }

   private:
    IterObject<T>* object_;
    T item_{};
    bool done_;
  };
  Iterator begin() const { return Iterator(object_); }
  End end() const { return {}; }

 private:
  IterObject<T>* object_;
};

template <typename T>
Iter<T> iterate(Iter<T> it) {
  return it.object()->restart ? Iter<T>(static_cast<IterObject<T>*>(it.object()->restart(it.object()))) : it;
}
// len() of a dict view; TypeError for other iterators.
[[noreturn, gnu::cold]] void raise_iterator_len();
template <typename T>
int64_t len(Iter<T> it) {
  if (!it.object()->length) raise_iterator_len();
  return it.object()->length(&it.object()->header);
}

// d.keys(), d.values(), d.items() as iterator values that stay views.
template <typename K, typename V, DictViewKind kind>
Iter<typename DictView<K, V, kind>::value_type> view_iter(DictView<K, V, kind> view) {
  using T = typename DictView<K, V, kind>::value_type;
  struct Holder : IterObject<T> {
    DictView<K, V, kind> view;
  };
  auto* h = static_cast<Holder*>(gc_alloc(sizeof(Holder)));
  h->header.type = &iterator_type;
  new (&h->view) DictView<K, V, kind>(view);
  h->repr = [](const Object* self) { return rt::repr(reinterpret_cast<const Holder*>(self)->view); };
  h->length = [](const Object* self) { return rt::len(reinterpret_cast<const Holder*>(self)->view); };
  h->next = [](IterObject<T>*, T&) { return false; };
  h->next_boxed = &IterObject<T>::next_item_boxed;
  h->set_like = kind != DictViewKind::values;
  h->restart = [](const IterHeader* self) -> IterHeader* {
    return Iter<T>::over(static_cast<const Holder*>(self)->view).object();
  };
  return Iter<T>(h);
}
template <typename T>
Value box(Iter<T> it) {
  return Value::of_object(&it.object()->header);
}
Str iterator_repr(const Object* self);
template <typename T>
Str repr(Iter<T> it) {
  return iterator_repr(&it.object()->header);
}
template <typename T>
Str str(Iter<T> it) {
  return repr(it);
}

// iter(x).
template <typename X>
Iter<ItemOf<X>> iter(X x) {
  return Iter<ItemOf<X>>::over(iterate(x));
}
// iter(r) and reversed(r) of a range are range_iterator objects, as
// CPython's: the iterator class under that name.
extern const TypeObject range_iterator_class;
inline Iter<Int> range_iterator(Range r) {
  Iter<Int> it = Iter<Int>::over(iterate(r));
  it.object()->header.type = &range_iterator_class;
  return it;
}
inline Iter<Int> iter(Range r) { return range_iterator(r); }
template <typename T>
Iter<T> iter(Iter<T> it) {
  return iterate(it);
}
// iter(x) as an Iter<T>, for the builtins made of iterators: the same as
// iter(x) but for a Value, whose own iter() gives a Value (dynamic_iter.h).
template <typename X>
Iter<ItemOf<X>> iter_items(X x) {
  return Iter<ItemOf<X>>::over(iterate(x));
}
template <typename T>
Iter<T> iter_items(Iter<T> it) {
  return iterate(it);  // a dict view starts a fresh pass
}

[[noreturn, gnu::cold]] void raise_stop_iteration();
// next(it); StopIteration at the end.
template <typename T>
T next(Iter<T> it) {
  T out{};
  if (!it.next(out)) raise_stop_iteration();
  return out;
}
template <typename T>
T next(Iter<T> it, T otherwise) {
  T out{};
  return it.next(out) ? out : otherwise;
}

// enumerate(x, start).
template <typename X>
Iter<Tuple<Int, ItemOf<X>>> enumerate(X x, Int start = Int(0)) {
  using T = ItemOf<X>;
  Iter<T> items = iter_items(x);
  return Iter<Tuple<Int, T>>::from_step([items, n = start](Tuple<Int, T>& out) mutable {
    T item{};
    if (!items.next(item)) return false;
    out = Tuple<Int, T>(n, item);
    n = n + Int(1);
    return true;
  });
}

// zip(a, b, ...): stops at the first iterable that ends.
template <typename... Xs>
Iter<Tuple<ItemOf<Xs>...>> zip(Xs... xs) {
  using Out = Tuple<ItemOf<Xs>...>;
  return Iter<Out>::from_step([its = std::tuple<Iter<ItemOf<Xs>>...>(iter_items(xs)...)](Out& out) mutable {
    std::tuple<ItemOf<Xs>...> items;
    bool more = std::apply(
        [&](auto&... it) {
          return std::apply([&](auto&... item) { return (it.next(item) && ...); }, items);
        },
        its);
    if (more) out = std::apply([](const auto&... item) { return Out(item...); }, items);
    return more;
  });
}

// zip(..., strict=True): ValueError "zip() argument 3 is shorter than
// arguments 1-2" (or longer) where the iterables' lengths differ.
[[noreturn, gnu::cold]] void raise_zip_length(size_t index, bool shorter);
template <typename... Xs>
Iter<Tuple<ItemOf<Xs>...>> zip_strict(Xs... xs) {
  using Out = Tuple<ItemOf<Xs>...>;
  constexpr size_t n = sizeof...(Xs);
  return Iter<Out>::from_step([its = std::tuple<Iter<ItemOf<Xs>>...>(iter(xs)...)](Out& out) mutable {
    std::tuple<ItemOf<Xs>...> items;
    size_t ended = n, i = 0;  // the first iterable that ended
    std::apply([&](auto&... it) {
      std::apply([&](auto&... item) { ((ended == n && !it.next(item) ? (void)(ended = i) : (void)0, ++i), ...); }, items);
    }, its);
    if (ended == n) {
      out = std::apply([](const auto&... item) { return Out(item...); }, items);
      return true;
    }
    if (ended > 0) raise_zip_length(ended, true);
    i = 0;  // the first ended: so must all the others
    std::apply([&](auto&... it) {
      std::apply([&](auto&... item) { ((i > 0 && it.next(item) ? raise_zip_length(i, false) : (void)0, ++i), ...); }, items);
    }, its);
    return false;
  });
}

// zip(*xs): as many iterables as xs holds, counted at run time; no
// iterable gives no tuple.
template <typename X>
Iter<TupleOf<ItemOf<X>>> zip_all(List<X> xs) {
  using T = ItemOf<X>;
  List<Iter<T>> its;
  for (X x : xs) its.append(Iter<T>::over(iterate(x)));
  return Iter<TupleOf<T>>::from_step([its](TupleOf<T>& out) mutable {
    if (its.size() == 0) return false;
    TupleOf<T> row = TupleOf<T>::allocate(its.size());
    for (int64_t i = 0; i < its.size(); ++i)
      if (!its[i].next(row.data()[i])) return false;
    out = row;
    return true;
  });
}

// reversed(x) of a sequence: CPython's reversed iterators read the
// length again at every step.
template <typename T>
Iter<T> reversed(List<T> l) {
  return Iter<T>::from_step([l, i = l.size() - 1](T& out) mutable {
    if (i < 0 || i >= l.size()) return false;
    out = l[i--];
    return true;
  });
}
template <typename T>
Iter<T> reversed(TupleOf<T> t) {
  return Iter<T>::from_step([t, i = t.size() - 1](T& out) mutable {
    if (i < 0) return false;
    out = t[i--];
    return true;
  });
}
inline Iter<Int> reversed(Range r) { return range_iterator(r.slice(kNone, kNone, -1)); }
Iter<Str> reversed(Str s);
// Sets (and frozensets) have no order to reverse.
template <typename T>
Iter<T> reversed(Set<T> s) {
  raise(exc::TypeError, "'" + std::string(s.object()->header.type->name) + "' object is not reversible");
}
// Of anything else: its items in a list, backwards.
template <typename X>
Iter<ItemOf<X>> reversed(X x) {
  return reversed(List<ItemOf<X>>::from_range(iterate(x)));
}

}  // namespace ingot::rt

namespace ingot::rt {

// The count of `seq * n`: OverflowError past int64, as CPython's ssize_t.
int64_t repeat_count(Int n);

// `x in r` for an int of any size.
inline bool range_contains(Range r, Int x) { return r.contains(x); }

// `x in c` for a boxed x: hashed for dicts and sets, else compared with
// each item in turn.
template <typename K, typename V>
bool contains_value(Dict<K, V> d, Value x) {
  Value ignored;
  return d.object()->ops->lookup(d.object(), x, &ignored);
}
template <typename T>
bool contains_value(Set<T> s, Value x) {
  return s.object()->ops->contains(s.object(), x);
}
template <typename K, typename V>
bool contains_value(DictView<K, V, DictViewKind::keys> v, Value x) {
  return contains_value(v.dict(), x);
}
inline bool contains_value(Range r, Value x) { return contains(r, x); }
// `x in it` for an iterator (a dict view, zip(), ...): consumes it up to the
// first equal item, as CPython does.
template <typename T>
bool contains(Iter<T> it, T x) {
  for (auto e : iterate(it))
    if (same_or_equal(e, x)) return true;
  return false;
}
template <typename X>
bool contains_value(X x, Value item) {
  for (auto e : iterate(x))
    if (same_or_equal(box(e), item)) return true;
  return false;
}

// t[i] of a fixed tuple with an index known at run time: the item in the
// items' common representation, else boxed.
[[noreturn, gnu::cold]] void raise_tuple_index();
template <typename... Items>
auto tuple_item(const Tuple<Items...>& t, int64_t i) {
  auto items = iterate(t);
  int64_t n = sizeof...(Items);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_tuple_index();
  return items[i];
}

// Unpacking `a, b = x` / `a, *b, c = x`: ValueError when the number of
// items does not fit the targets.
void check_unpack(int64_t size, int64_t expected);
void check_unpack_starred(int64_t size, int64_t before, int64_t after);

}  // namespace ingot::rt

namespace ingot::rt {

// r.index(x) and r.count(x) for any x: ints in O(1), others compared.
Int range_index(Range r, Value x);
Int range_count(Range r, Value x);

}  // namespace ingot::rt

namespace ingot::rt {

// map(f, x) and filter(f, x) with f a C++ callable. The callable must not
// refer to the stack of the code that made the iterator once that returns:
// compiled code passes lambdas capturing what outlives the iterator's use.
template <typename F, typename X>
auto map(F f, X x) {
  using T = ItemOf<X>;
  using R = std::decay_t<decltype(f(std::declval<T>()))>;
  Iter<T> items = iter_items(x);
  return Iter<R>::from_step([f, items](R& out) mutable {
    T item{};
    if (!items.next(item)) return false;
    out = f(item);
    return true;
  });
}
template <typename F, typename X>
Iter<ItemOf<X>> filter(F f, X x) {
  using T = ItemOf<X>;
  Iter<T> items = iter_items(x);
  return Iter<T>::from_step([f, items](T& out) mutable {
    while (items.next(out))
      if (f(out)) return true;
    return false;
  });
}

}  // namespace ingot::rt
