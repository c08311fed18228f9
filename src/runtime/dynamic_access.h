// Subscripts, attributes and calls on a Value: the built-in containers
// directly, anything else through its class's getitem/setitem/getattr/
// setattr/call slots, with CPython's errors ("'NoneType' object is not
// subscriptable", "'NoneType' object has no attribute 'x'").
#pragma once

#include <cstdint>
#include <span>

#include "runtime/dict.h"
#include "runtime/value.h"

namespace ingot::rt {

// A list/tuple/str/range/bytearray index given as a Value: the int64 of an
// int or a bool (IndexError past int64); CPython's TypeError naming the
// container's class for anything else.
int64_t index_of(const TypeObject& container, Value key);
// v[key] for lists, tuples, strs, dicts, ranges and classes with getitem.
Value getitem(Value v, Value key);
// v[start:stop:step] with kNone for an omitted bound.
Value getslice(Value v, int64_t start, int64_t stop, int64_t step);
// v[key] = value: on the list or dict itself whatever its item
// representation (container_ops.h), classes with setitem; "'tuple' object
// does not support item assignment".
void setitem(Value v, Value key, Value value);
// v[start:stop:step] = value (kNone for an omitted bound): lists and
// bytearrays themselves, other classes through their setitem slot with a
// slice object (a memoryview).
void setslice(Value v, int64_t start, int64_t stop, int64_t step, Value value);
// del v[key] for dicts and lists.
void delitem(Value v, Value key);

// v.name: the class's getattr slot; AttributeError "'X' object has no
// attribute 'name'".
Value getattr(Value v, Str name);
// v.name through the class's getattr slot alone: what the program's
// classes define, never a builtin value's methods (so the dunder hooks
// that use it do not link every builtin method into every program).
bool class_getattr(Value v, Str name, Value* out);
// hasattr(v, name).
bool hasattr(Value v, Str name);
// v.name = value: the class's setattr slot.
void setattr(Value v, Str name, Value value);
// v(*args): the class's call slot; "'X' object is not callable".
Value call(Value v, std::span<const Value> args);
// What dict(x) and d.update(x) take from an x the compiler could not
// see into, as CPython does: a mapping's keys() and x[key] for each, else
// (key, value) pairs (ValueError "dictionary update sequence element #0 has
// length 3; 2 is required").
Dict<Value, Value> mapping_items(Value source);
// Item number `index` of such a sequence of pairs, as its key and value.
void update_pair(Value item, int64_t index, Value& key, Value& value);

}  // namespace ingot::rt
