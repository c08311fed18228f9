// dict, set and frozenset methods called on a Value: written once over
// boxed keys and values, acting on the real Dict<K, V> or Set<T> through
// its ops table (dict.h, set.h).
#include <string>

#include "runtime/dynamic_access.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_iter.h"
#include "runtime/dynamic_operators.h"
#include "runtime/dynamic_methods.h"
#include "runtime/exception.h"
#include "runtime/iteration.h"

namespace ingot::rt {
namespace {

DictHeader* mutable_dict(Value v) { return const_cast<DictHeader*>(dict_of(v)); }
SetHeader* mutable_set(Value v) { return const_cast<SetHeader*>(set_of(v)); }

// --- Views of a boxed dict: live, restartable, with len() and repr, as
// the typed ones (iteration.h's view_iter).

enum class ViewKind { keys, values, items };

struct BoxedView : IterObject<Value> {
  Value dict;
  ViewKind kind;
};

// One walk over the entries, with CPython's "changed size" check.
IterHeader* walk(Value dict, ViewKind kind) {
  auto step = [dict, kind, at = int64_t(0), expected = dict_of(dict)->used](Value& out) mutable {
    const DictHeader* d = dict_of(dict);
    if (d->used != expected) {
      expected = -1;  // stays broken, as CPython's di_used = -1
      detail::raise_dict_changed(true);
    }
    Value key, value;
    while (at < d->nentries) {
      if (!d->ops->entry(d, at++, &key, &value)) continue;
      out = kind == ViewKind::keys ? key : kind == ViewKind::values ? value : box(TupleOf<Value>{key, value});
      return true;
    }
    return false;
  };
  return Iter<Value>::from_step(step).object();
}

Value view(Value dict, ViewKind kind) {
  auto* v = static_cast<BoxedView*>(gc_alloc(sizeof(BoxedView)));
  v->header.type = &iterator_type;
  v->dict = dict;
  v->kind = kind;
  v->repr = [](const Object* self) {
    auto* view = reinterpret_cast<const BoxedView*>(self);
    const char* name = view->kind == ViewKind::keys ? "dict_keys(" : view->kind == ViewKind::values ? "dict_values(" : "dict_items(";
    List<Value> items;
    for (Value x : Iter<Value>(static_cast<IterObject<Value>*>(walk(view->dict, view->kind)))) items.append(x);
    return Str::from_ascii(name) + repr(items) + Str::from_ascii(")");
  };
  v->length = [](const Object* self) { return dict_of(reinterpret_cast<const BoxedView*>(self)->dict)->used; };
  v->restart = [](const IterHeader* self) {
    auto* view = static_cast<const BoxedView*>(self);
    return walk(view->dict, view->kind);
  };
  v->next = [](IterObject<Value>*, Value&) { return false; };
  v->next_boxed = &IterObject<Value>::next_item_boxed;
  v->set_like = kind != ViewKind::values;
  return Value::of_object(&v->header);
}

Set<Value> set_of_items(Value iterable) {
  Set<Value> out;
  ValueIterator it(iterable);
  for (Value x; it.next(x);) out.add(x);
  return out;
}

Value dict_keys(Value self, std::span<const Value> args) {
  check_no_arguments("dict.keys", args);
  return view(self, ViewKind::keys);
}
Value dict_values(Value self, std::span<const Value> args) {
  check_no_arguments("dict.values", args);
  return view(self, ViewKind::values);
}
Value dict_items(Value self, std::span<const Value> args) {
  check_no_arguments("dict.items", args);
  return view(self, ViewKind::items);
}

Value dict_get(Value self, std::span<const Value> args) {
  check_arguments("get", args, 1, 2);
  Value value;
  if (dict_of(self)->ops->lookup(dict_of(self), args[0], &value)) return value;
  return args.size() == 2 ? args[1] : Value::none();
}

// d.__getitem__ as a value (`key=d.__getitem__`): d[key].
Value dict_getitem(Value self, std::span<const Value> args) {
  check_one_argument("dict.__getitem__", args);
  return getitem(self, args[0]);
}

Value dict_setdefault(Value self, std::span<const Value> args) {
  check_arguments("setdefault", args, 1, 2);
  Value value;
  if (dict_of(self)->ops->lookup(dict_of(self), args[0], &value)) return value;
  value = args.size() == 2 ? args[1] : Value::none();
  mutable_dict(self)->ops->store(mutable_dict(self), args[0], value);
  return value;
}

Value dict_pop(Value self, std::span<const Value> args) {
  check_arguments("pop", args, 1, 2);
  Value value;
  if (mutable_dict(self)->ops->remove(mutable_dict(self), args[0], &value)) return value;
  if (args.size() == 2) return args[1];
  raise_with_arg(exc::KeyError, args[0]);
}

Value dict_popitem(Value self, std::span<const Value> args) {
  check_no_arguments("dict.popitem", args);
  DictHeader* d = mutable_dict(self);
  Value key, value;
  for (int64_t i = d->nentries - 1; i >= 0; --i) {
    if (!d->ops->entry(d, i, &key, &value)) continue;
    d->ops->remove(d, key, &value);
    return box(TupleOf<Value>{key, value});
  }
  detail::raise_popitem_empty();
}

// d.update(other): a mapping's items, or an iterable of pairs.
Value dict_update(Value self, std::span<const Value> args) {
  check_arguments("update", args, 0, 1);
  if (args.empty()) return Value::none();
  DictHeader* d = mutable_dict(self);
  if (is_a(args[0], dict_type)) {
    Dict<Value, Value> other = boxed_dict(dict_of(args[0]));  // a snapshot: d.update(d) is a no-op
    for (const auto& e : std::span(other.entries(), other.entries_end()))
      if (e.hash != detail::kDeletedHash) d->ops->store(d, e.key, e.value);
    return Value::none();
  }
  ValueIterator items(args[0]);
  int64_t index = 0;
  for (Value pair; items.next(pair); ++index) {
    List<Value> kv;
    ValueIterator parts(pair);
    for (Value x; parts.next(x);) kv.append(x);
    if (kv.size() != 2)
      raise(exc::ValueError, "dictionary update sequence element #" + std::to_string(index) + " has length " +
                                 std::to_string(kv.size()) + "; 2 is required");
    d->ops->store(d, kv[0], kv[1]);
  }
  return Value::none();
}

Value dict_clear(Value self, std::span<const Value> args) {
  check_no_arguments("dict.clear", args);
  mutable_dict(self)->ops->clear(mutable_dict(self));
  return Value::none();
}

Value dict_copy(Value self, std::span<const Value> args) {
  check_no_arguments("dict.copy", args);
  return box(boxed_dict(dict_of(self)));
}

Value set_add(Value self, std::span<const Value> args) {
  check_one_argument("set.add", args);
  hash(args[0]);  // TypeError "unhashable type: 'list'" before any unboxing
  mutable_set(self)->ops->add(mutable_set(self), args[0]);
  return Value::none();
}

Value set_discard(Value self, std::span<const Value> args) {
  check_one_argument("set.discard", args);
  mutable_set(self)->ops->discard(mutable_set(self), args[0]);
  return Value::none();
}

Value set_remove(Value self, std::span<const Value> args) {
  check_one_argument("set.remove", args);
  if (!mutable_set(self)->ops->discard(mutable_set(self), args[0])) detail::raise_set_key_error(args[0]);
  return Value::none();
}

Value set_pop(Value self, std::span<const Value> args) {
  check_no_arguments("set.pop", args);
  if (set_of(self)->used == 0) detail::raise_pop_from_empty_set();
  return mutable_set(self)->ops->pop(mutable_set(self));
}

Value set_clear(Value self, std::span<const Value> args) {
  check_no_arguments("set.clear", args);
  mutable_set(self)->ops->clear(mutable_set(self));
  return Value::none();
}

Value set_copy(Value self, std::span<const Value> args) {
  check_no_arguments(is_a(self, set_type) ? "set.copy" : "frozenset.copy", args);
  // A frozenset is immutable: its copy is itself, as in CPython.
  return is_a(self, set_type) ? box(boxed_set(self, set_type)) : self;
}

// --- The set algebra on a boxed set (CPython's set_union & co.): the
// receiver as a Set<Value>, the other operands any iterables; a new set of
// the receiver's class, or the receiver changed in place.

std::string_view set_class(Value self) { return is_a(self, set_type) ? "set" : "frozenset"; }

Value of_class(Value self, Set<Value> s) { return box(is_a(self, frozenset_type) ? s.frozen() : s); }

Set<Value> union_of(Value self, std::span<const Value> args) {
  Set<Value> result = boxed_set(self, set_type);
  for (Value other : args) result.update(set_of_items(other));
  return result;
}

Set<Value> intersection_of(Value self, std::span<const Value> args) {
  Set<Value> result = boxed_set(self, set_type);
  for (Value other : args) {
    if (is_set(other)) {
      result = result.intersection(boxed_set(other, set_type));
      continue;
    }
    Set<Value> kept;  // the other's items in its order, where the receiver has them
    ValueIterator it(other);
    for (Value x; it.next(x);)
      if (result.contains(x)) kept.add(x);
    result = kept;
  }
  return result;
}

Set<Value> difference_of(Value self, std::span<const Value> args) {
  Set<Value> result = boxed_set(self, set_type);
  for (size_t i = 0; i < args.size(); ++i) {
    if (is_set(args[i])) {
      Set<Value> other = boxed_set(args[i], set_type);
      if (i == 0) result = result.difference(other);
      else result.difference_update(other);
      continue;
    }
    ValueIterator it(args[i]);
    for (Value x; it.next(x);) result.discard(x);
  }
  return result;
}

Set<Value> symmetric_difference_of(Value self, std::string_view method, std::span<const Value> args) {
  check_one_argument(std::string(set_class(self)) + "." + std::string(method), args);
  return boxed_set(self, set_type).symmetric_difference(set_of_items(args[0]));
}

// The receiver's items replaced by `items` (the in-place forms).
void replace_items(Value self, Set<Value> items) {
  SetHeader* s = mutable_set(self);
  s->ops->clear(s);
  for (Value x : items) s->ops->add(s, x);
}

Value set_union(Value self, std::span<const Value> args) { return of_class(self, union_of(self, args)); }
Value set_intersection(Value self, std::span<const Value> args) { return of_class(self, intersection_of(self, args)); }
Value set_difference(Value self, std::span<const Value> args) { return of_class(self, difference_of(self, args)); }
Value set_symmetric_difference(Value self, std::span<const Value> args) {
  return of_class(self, symmetric_difference_of(self, "symmetric_difference", args));
}

Value set_update(Value self, std::span<const Value> args) {
  SetHeader* s = mutable_set(self);
  for (Value other : args) {
    ValueIterator it(other);
    for (Value x; it.next(x);) {
      hash(x);  // TypeError "unhashable type: 'list'" before any unboxing
      s->ops->add(s, x);
    }
  }
  return Value::none();
}
Value set_intersection_update(Value self, std::span<const Value> args) {
  replace_items(self, intersection_of(self, args));
  return Value::none();
}
Value set_difference_update(Value self, std::span<const Value> args) {
  replace_items(self, difference_of(self, args));
  return Value::none();
}
Value set_symmetric_difference_update(Value self, std::span<const Value> args) {
  replace_items(self, symmetric_difference_of(self, "symmetric_difference_update", args));
  return Value::none();
}

Value set_issubset(Value self, std::span<const Value> args) {
  check_one_argument(std::string(set_class(self)) + ".issubset", args);
  return Value::of_bool(boxed_set(self, set_type).issubset(set_of_items(args[0])));
}
Value set_issuperset(Value self, std::span<const Value> args) {
  check_one_argument(std::string(set_class(self)) + ".issuperset", args);
  Set<Value> me = boxed_set(self, set_type);
  ValueIterator it(args[0]);
  for (Value x; it.next(x);)
    if (!me.contains(x)) return Value::of_bool(false);
  return Value::of_bool(true);
}
Value set_isdisjoint(Value self, std::span<const Value> args) {
  check_one_argument(std::string(set_class(self)) + ".isdisjoint", args);
  Set<Value> me = boxed_set(self, set_type);
  ValueIterator it(args[0]);
  for (Value x; it.next(x);)
    if (me.contains(x)) return Value::of_bool(false);
  return Value::of_bool(true);
}

}  // namespace

bool view_binary(int op, Value self, Value other, bool reflected, Value* out) {
  if (!reinterpret_cast<const IterHeader*>(self.object())->set_like) return false;
  // CPython's dictviews_or & co.: set(left), updated in place with right.
  Set<Value> left = set_of_items(reflected ? other : self), right = set_of_items(reflected ? self : other);
  switch (BinaryOp(op)) {
    case BinaryOp::bit_or: *out = box(left.union_with(right)); return true;
    case BinaryOp::bit_and: *out = box(left.intersection(right)); return true;
    case BinaryOp::sub: *out = box(left.difference(right)); return true;
    case BinaryOp::bit_xor: *out = box(left.symmetric_difference(right)); return true;
    default: return false;
  }
}

bool view_equal(const Object* self, Value other) {
  Value me = Value::of_object(self);
  if (me.is(other)) return true;
  auto set_like = [](Value v) {
    return is_set(v) || (is_a(v, iterator_type) && reinterpret_cast<const IterHeader*>(v.object())->set_like);
  };
  if (!set_like(me) || !set_like(other)) return false;
  Set<Value> a = set_of_items(me), b = set_of_items(other);
  return set_equal(a.object(), b.object());
}

namespace {

constinit const MethodDef dict_table[] = {{"keys", dict_keys},       {"values", dict_values},   {"items", dict_items},
                                {"get", dict_get},         {"setdefault", dict_setdefault}, {"pop", dict_pop},
                                {"popitem", dict_popitem}, {"update", dict_update},   {"clear", dict_clear},
                                {"copy", dict_copy},       {"__getitem__", dict_getitem}};
constinit const MethodDef set_table[] = {{"add", set_add}, {"discard", set_discard}, {"remove", set_remove},
                               {"pop", set_pop}, {"clear", set_clear},     {"copy", set_copy},
                               {"union", set_union}, {"intersection", set_intersection},
                               {"difference", set_difference}, {"symmetric_difference", set_symmetric_difference},
                               {"update", set_update}, {"intersection_update", set_intersection_update},
                               {"difference_update", set_difference_update},
                               {"symmetric_difference_update", set_symmetric_difference_update},
                               {"issubset", set_issubset}, {"issuperset", set_issuperset}, {"isdisjoint", set_isdisjoint}};
constinit const MethodDef frozenset_table[] = {{"copy", set_copy}, {"union", set_union}, {"intersection", set_intersection},
                                     {"difference", set_difference}, {"symmetric_difference", set_symmetric_difference},
                                     {"issubset", set_issubset}, {"issuperset", set_issuperset},
                                     {"isdisjoint", set_isdisjoint}};

}  // namespace

const std::span<const MethodDef> dict_methods{dict_table}, set_methods{set_table}, frozenset_methods{frozenset_table};

}  // namespace ingot::rt
