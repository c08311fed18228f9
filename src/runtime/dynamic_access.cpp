// Subscripts, attributes and calls on Values.
#include "runtime/dynamic_access.h"

#include <string>
#include <vector>

#include "runtime/builtin_attributes.h"
#include "runtime/builtin_function.h"
#include "runtime/bytearray.h"
#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/dynamic_builtins.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_iter.h"
#include "runtime/dynamic_methods.h"
#include "runtime/exception.h"
#include "runtime/range.h"
#include "runtime/slice_object.h"
#include "runtime/value_builtins.h"

namespace ingot::rt {
namespace {

std::string quoted_type(Value v) { return "'" + std::string(type_name(v)) + "'"; }

int64_t index_of(Value container, Value key) { return index_of(container.type(), key); }

}  // namespace

int64_t index_of(const TypeObject& container, Value key) {
  if (!is_integer(key)) {
    if (std::optional<Int> i = index_dunder(key)) return index_of(container, box(*i));
    if (&container == &str_type) raise(exc::TypeError, "string indices must be integers, not " + quoted_type(key));
    raise(exc::TypeError, std::string(container.name) + " indices must be integers or slices, not " +
                              std::string(type_name(key)));
  }
  std::optional<int64_t> i = integer_of(key).to_int64();
  if (!i && &container == &range_type) raise(exc::IndexError, "range object index out of range");
  if (!i) raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
  return *i;
}

namespace {

template <typename Slot>
Slot find_slot(Value v, Slot TypeObject::*slot) {
  if (v.is_small_int()) return nullptr;
  for (const TypeObject* c : v.type().mro)
    if (c->*slot) return c->*slot;
  return nullptr;
}

// The index of an existing item of a list, for a store or a deletion.
int64_t assignment_index(Value list, Value key) {
  int64_t i = index_of(list, key), size = sequence_of(list)->size;
  if (i < 0) i += size;
  if (i < 0 || i >= size) raise(exc::IndexError, "list assignment index out of range");
  return i;
}

[[noreturn]] void no_attribute(Value v, Str name) {
  raise(exc::AttributeError, quoted_type(v) + " object has no attribute '" + std::string(name.view()) + "'");
}

}  // namespace

Value getitem(Value v, Value key) {
  if (!v.is_small_int()) {
    const TypeObject* t = &v.type();
    // A slice object kept in a value (`xs[key]` with key = slice(1, 3)).
    if (is_a(key, slice_type) && (t == &list_type || t == &tuple_type || t == &str_type || t == &range_type)) {
      SliceBounds b = bounds(unbox_slice(key));
      return getslice(v, b.start, b.stop, b.step);
    }
    if (t == &list_type || t == &tuple_type) {
      const SequenceObject* s = sequence_of(v);
      int64_t i = index_of(v, key);
      if (i < 0) i += s->size;
      if (i < 0 || i >= s->size)
        raise(exc::IndexError, std::string(t->name) + " index out of range");
      return item_of(s, i);
    }
    if (t == &str_type) {
      Str s = v.as_str();
      int64_t i = index_of(v, key);
      if (i < -s.length() || i >= s.length()) raise(exc::IndexError, "string index out of range");
      return subscript(s, i);
    }
    if (t == &dict_type) {
      Value value;
      if (dict_of(v)->ops->lookup(dict_of(v), key, &value)) return value;
      raise_with_arg(exc::KeyError, key);
    }
    if (t == &range_type)  // any int: a range's items may lie beyond int64
      return unbox_range(v).get(is_a(key, int_type) || key.is_small_int() ? key.as_int() : Int(index_of(v, key)));
    if (auto slot = find_slot(v, &TypeObject::getitem)) return slot(v.object(), key);
  }
  raise(exc::TypeError, quoted_type(v) + " object is not subscriptable");
}

Value getslice(Value v, int64_t start, int64_t stop, int64_t step) {
  if (is_a(v, str_type)) return slice(v.as_str(), start, stop, step);
  if (is_a(v, list_type)) return box(boxed_list(sequence_of(v)).slice(start, stop, step));
  if (is_a(v, tuple_type)) return box(boxed_tuple(sequence_of(v)).slice(start, stop, step));
  if (is_a(v, range_type)) return box(unbox_range(v).slice(start, stop, step));
  if (is_a(v, bytes_type)) return box(slice(Bytes(reinterpret_cast<const BytesObject*>(v.object())), start, stop, step));
  if (is_a(v, dict_type)) raise(exc::TypeError, "unhashable type: 'slice'");
  // Anything else with a __getitem__ gets the slice object.
  if (auto slot = find_slot(v, &TypeObject::getitem)) {
    auto bound = [](int64_t b) { return b == kNone ? Value::none() : Value(Int(b)); };
    return slot(v.object(), box(Slice{bound(start), bound(stop), bound(step)}));
  }
  raise(exc::TypeError, quoted_type(v) + " object is not subscriptable");
}

void setitem(Value v, Value key, Value value) {
  if (!v.is_small_int()) {
    const TypeObject* t = &v.type();
    if (t == &list_type) {
      auto* s = const_cast<SequenceObject*>(sequence_of(v));
      return s->ops->store(s, assignment_index(v, key), value);
    }
    if (t == &dict_type) {
      auto* d = const_cast<DictHeader*>(dict_of(v));
      hash(key);  // TypeError "unhashable type: 'list'" before any unboxing
      return d->ops->store(d, key, value);
    }
    if (auto slot = find_slot(v, &TypeObject::setitem)) return slot(v.object(), key, value);
  }
  raise(exc::TypeError, quoted_type(v) + " object does not support item assignment");
}

void setslice(Value v, int64_t start, int64_t stop, int64_t step, Value value) {
  if (is_a(v, list_type)) {
    // The items first: the source may be the list itself.
    std::vector<Value> items;
    for (Value item : iterate(value)) items.push_back(item);
    auto* s = const_cast<SequenceObject*>(sequence_of(v));
    SliceRange r = adjust_slice(start, stop, step, s->size);
    int64_t n = static_cast<int64_t>(items.size());
    if (r.step == 1) {
      int64_t begin = r.start, end = r.start + r.count;
      s->ops->erase(s, begin, end);
      for (int64_t i = 0; i < n; ++i) s->ops->insert(s, begin + i, items[static_cast<size_t>(i)]);
      return;
    }
    if (n != r.count)
      raise(exc::ValueError, "attempt to assign sequence of size " + std::to_string(n) + " to extended slice of size " +
                                 std::to_string(r.count));
    for (int64_t i = 0; i < n; ++i) s->ops->store(s, r.start + i * r.step, items[static_cast<size_t>(i)]);
    return;
  }
  if (is_a(v, bytearray_type)) {
    ByteArray b(const_cast<ByteArrayObject*>(reinterpret_cast<const ByteArrayObject*>(v.object())));
    return b.set_slice(start, stop, step, bytes_from_value(value).view());
  }
  auto bound = [](int64_t b) { return b == kNone ? Value::none() : Value(Int(b)); };
  if (!v.is_small_int())
    if (auto slot = find_slot(v, &TypeObject::setitem)) return slot(v.object(), box(Slice{bound(start), bound(stop), bound(step)}), value);
  raise(exc::TypeError, quoted_type(v) + " object does not support item assignment");
}

void delitem(Value v, Value key) {
  if (is_a(v, list_type)) {
    auto* s = const_cast<SequenceObject*>(sequence_of(v));
    int64_t i = assignment_index(v, key);
    return s->ops->erase(s, i, i + 1);
  }
  if (is_a(v, dict_type)) {
    auto* d = const_cast<DictHeader*>(dict_of(v));
    Value removed;
    if (!d->ops->remove(d, key, &removed)) raise_with_arg(exc::KeyError, key);
    return;
  }
  // CPython words it as its sequence protocol does ("doesn't") where the
  // type has sequence slots and the key is an index, else as its mapping
  // protocol does ("does not"): `del None[0]`, `del t["k"]`.
  auto integer = [](Value x) { return is_a(x, int_type) || is_a(x, bool_type); };
  bool numeric = v.is_none() || integer(v) || is_a(v, float_type) || is_a(v, complex_type);
  bool index = integer(key);
  raise(exc::TypeError, quoted_type(v) + (!numeric && index ? " object doesn't" : " object does not") + " support item deletion");
}

namespace {

// The data attributes of the numbers: x.real and x.imag, an int's
// numerator and denominator (a bool's are ints).
bool number_attribute(Value v, std::string_view name, Value* out) {
  bool integer = v.is_small_int() || is_a(v, int_type) || is_a(v, bool_type);
  if (integer) {
    Int i = to_int(v);
    if (name == "real" || name == "numerator") *out = box(i);
    else if (name == "imag") *out = box(Int(int64_t(0)));
    else if (name == "denominator") *out = box(Int(int64_t(1)));
    else return false;
    return true;
  }
  if (!is_a(v, float_type) && !is_a(v, complex_type)) return false;
  Complex z = as_complex(v);
  if (name == "real") *out = box(z.real);
  else if (name == "imag") *out = box(z.imag);
  else return false;
  return true;
}

// Every object's __class__, for the types whose getattr slot (if any) does
// not answer it: iterators, functions' kin, builtin values.
bool class_attribute(Value v, std::string_view name, Value* out) {
  if (name != "__class__") return false;
  *out = type_of(v);
  return true;
}

}  // namespace

bool class_getattr(Value v, Str name, Value* out) {
  auto slot = find_slot(v, &TypeObject::getattr);
  return slot && slot(v.object(), name, out);
}

Value getattr(Value v, Str name) {
  Value out;
  if (auto slot = find_slot(v, &TypeObject::getattr); slot && slot(v.object(), name, &out)) return out;
  if (builtin_method(v, name, &out) || number_attribute(v, name.view(), &out) || class_attribute(v, name.view(), &out))
    return out;
  no_attribute(v, name);
}

bool hasattr(Value v, Str name) {
  Value out;
  auto slot = find_slot(v, &TypeObject::getattr);
  if ((slot && slot(v.object(), name, &out)) || builtin_method(v, name, &out) || number_attribute(v, name.view(), &out) ||
      class_attribute(v, name.view(), &out))
    return true;
  // The builtin classes' other attributes, which getattr may not have an
  // object for (`__len__`, `__doc__`): CPython's dir() says.
  const TypeObject& type = v.type();
  return type.module == "builtins" && builtin_class_has_attribute(type.name, name.view()).value_or(false);
}

void setattr(Value v, Str name, Value value) {
  if (auto slot = find_slot(v, &TypeObject::setattr); slot && slot(v.object(), name, value)) return;
  no_attribute(v, name);
}

Value call(Value v, std::span<const Value> args) {
  if (auto slot = find_slot(v, &TypeObject::call)) return slot(v.object(), args);
  raise(exc::TypeError, quoted_type(v) + " object is not callable");
}

Dict<Value, Value> mapping_items(Value source) {
  Dict<Value, Value> out;
  Str keys_name = Str::from_utf8("keys");
  if (hasattr(source, keys_name)) {
    for (Value key : iterate(call(getattr(source, keys_name), {}))) out.set(key, getitem(source, key));
    return out;
  }
  int64_t index = 0;
  for (Value item : iterate(source)) {
    Value key, value;
    update_pair(item, index++, key, value);
    out.set(key, value);
  }
  return out;
}

void update_pair(Value item, int64_t index, Value& key, Value& value) {
  Value pair[2];
  int64_t length = 0;
  for (Value part : iterate(item)) {
    if (length < 2) pair[length] = part;
    ++length;
  }
  if (length != 2)
    raise(exc::ValueError, "dictionary update sequence element #" + std::to_string(index) + " has length " +
                               std::to_string(length) + "; 2 is required");
  key = pair[0];
  value = pair[1];
}

}  // namespace ingot::rt
