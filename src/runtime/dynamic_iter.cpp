// Iteration and `in` over Values.
#include "runtime/dynamic_iter.h"

#include <string>

#include "runtime/dynamic_boxed.h"
#include "runtime/exception.h"
#include "runtime/memory.h"
#include "runtime/range.h"

namespace ingot::rt {
namespace {

[[noreturn]] void not_iterable(Value v) {
  raise(exc::TypeError, "'" + std::string(type_name(v)) + "' object is not iterable");
}

const TypeObject* next_slot_class(Value v) {
  if (v.is_small_int()) return nullptr;
  for (const TypeObject* c : v.type().mro)
    if (c->next) return c;
  return nullptr;
}

// The iterator objects iter() makes for the built-in containers: a
// ValueIterator behind an object header.
struct IteratorObject {
  Object header;
  ValueIterator it;
};

Value iterator_self(const Object* self) { return Value::of_object(self); }
bool iterator_next(const Object* self, Value* out) {
  return const_cast<IteratorObject*>(reinterpret_cast<const IteratorObject*>(self))->it.next(*out);
}

#define INGOT_ITERATOR_TYPE(name)                                                                        \
  const TypeObject* const name##_mro[] = {&name##_type, &object_type};                                  \
  const TypeObject name##_type = [] {                                                                    \
    TypeObject t{#name, "builtins", name##_mro};                                                         \
    t.iter = iterator_self;                                                                              \
    t.next = iterator_next;                                                                              \
    return t;                                                                                            \
  }();

extern const TypeObject list_iterator_type, tuple_iterator_type, str_ascii_iterator_type, str_iterator_type,
    dict_keyiterator_type, set_iterator_type, range_iterator_type;
INGOT_ITERATOR_TYPE(list_iterator)
INGOT_ITERATOR_TYPE(tuple_iterator)
INGOT_ITERATOR_TYPE(str_ascii_iterator)
INGOT_ITERATOR_TYPE(str_iterator)
INGOT_ITERATOR_TYPE(dict_keyiterator)
INGOT_ITERATOR_TYPE(set_iterator)
INGOT_ITERATOR_TYPE(range_iterator)
#undef INGOT_ITERATOR_TYPE

const TypeObject& iterator_type_for(Value v) {
  const TypeObject* t = &v.type();
  if (t == &list_type) return list_iterator_type;
  if (t == &tuple_type) return tuple_iterator_type;
  if (t == &str_type) return v.as_str().is_ascii() ? str_ascii_iterator_type : str_iterator_type;
  if (t == &dict_type) return dict_keyiterator_type;
  if (t == &range_type) return range_iterator_type;
  return set_iterator_type;
}

}  // namespace

ValueIterator::ValueIterator(Value iterable) : source_(iterable) {
  if (iterable.is_small_int()) not_iterable(iterable);
  const TypeObject* t = &iterable.type();
  if (t == &list_type || t == &tuple_type) kind_ = Kind::sequence;
  else if (t == &str_type) {
    kind_ = Kind::str;
    chars_ = StrIterator(iterable.as_str());
  } else if (t == &dict_type) {
    kind_ = Kind::dict;
    expected_ = dict_of(iterable)->used;
  } else if (t == &set_type || t == &frozenset_type) kind_ = Kind::set;
  else if (t == &range_type) kind_ = Kind::range;
  else {
    kind_ = Kind::object;
    source_ = iter(iterable);
  }
}

bool ValueIterator::next(Value& out) {
  switch (kind_) {
    case Kind::sequence: {
      const SequenceObject* s = sequence_of(source_);
      if (index_ >= s->size) return false;
      out = item_of(s, index_++);
      return true;
    }
    case Kind::str: {
      Str c;
      if (!chars_.next(c)) return false;
      out = c;
      return true;
    }
    case Kind::dict: {
      const DictHeader* d = dict_of(source_);
      if (d->used != expected_) {
        expected_ = -1;  // raise once, as CPython's exhausted iterator
        detail::raise_dict_changed(true);
      }
      Value value;
      while (index_ < d->nentries)
        if (d->ops->entry(d, index_++, &out, &value)) return true;
      return false;
    }
    case Kind::set: {
      const SetHeader* s = set_of(source_);
      while (index_ <= s->mask)
        if (s->ops->slot(s, index_++, &out)) return true;
      return false;
    }
    case Kind::range: {
      Range r = unbox_range(source_);
      if (Int(index_) >= r.length()) return false;
      out = r.get(Int(index_++));
      return true;
    }
    case Kind::object: return rt::next(source_, &out);
  }
  __builtin_unreachable();
}

Value iter(Value v) {
  if (!v.is_small_int()) {
    const TypeObject* t = &v.type();
    if (t == &list_type || t == &tuple_type || t == &str_type || t == &dict_type || t == &set_type ||
        t == &frozenset_type || t == &range_type) {
      auto object = static_cast<IteratorObject*>(gc_alloc(sizeof(IteratorObject)));
      object->header.type = &iterator_type_for(v);
      new (&object->it) ValueIterator(v);
      return Value::of_object(&object->header);
    }
    for (const TypeObject* c : t->mro)
      if (c->iter) return c->iter(v.object());
  }
  not_iterable(v);
}

bool next(Value iterator, Value* out) {
  const TypeObject* c = next_slot_class(iterator);
  if (!c) raise(exc::TypeError, "'" + std::string(type_name(iterator)) + "' object is not an iterator");
  return c->next(iterator.object(), out);
}

bool contains(Value container, Value item) {
  if (!container.is_small_int()) {
    const TypeObject* t = &container.type();
    if (t == &dict_type) {
      Value value;
      return dict_of(container)->ops->lookup(dict_of(container), item, &value);
    }
    if (t == &set_type || t == &frozenset_type) {
      // A set is looked up as the frozenset of its items, as CPython does.
      if (is_a(item, set_type)) item = box(boxed_set(item, frozenset_type));
      return set_of(container)->ops->contains(set_of(container), item);
    }
    if (t == &str_type) {
      if (!is_a(item, str_type))
        raise(exc::TypeError, "'in <string>' requires string as left operand, not " + std::string(type_name(item)));
      return contains(container.as_str(), item.as_str());
    }
    if (t == &range_type) return contains(unbox_range(container), item);
    bool iterable = t == &list_type || t == &tuple_type;
    for (const TypeObject* c : t->mro) iterable = iterable || c->iter;
    if (iterable) {
      ValueIterator it(container);
      for (Value x; it.next(x);)
        if (same_or_equal(x, item)) return true;
      return false;
    }
  }
  raise(exc::TypeError, "argument of type '" + std::string(type_name(container)) + "' is not iterable");
}

}  // namespace ingot::rt
