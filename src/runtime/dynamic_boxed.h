// The built-in containers as the dynamic paths see them: whatever the
// element representation of the List<T>, TupleOf<T>, Set<T> or Dict<K, V>
// a Value holds, its items as Values, and fresh boxed copies of it
// (List<Value>, ...) for the operations that build a new container.
//
// The containers' headers come last: their dynamic mutations include
// dynamic_unbox.h (container_ops.h), which needs these declarations first.
#pragma once

#include "runtime/sequence.h"
#include "runtime/value.h"

namespace ingot::rt {

template <typename T>
class List;
template <typename T>
class TupleOf;
template <typename K, typename V>
class Dict;
template <typename T>
class Set;
struct DictHeader;
struct SetHeader;
extern const TypeObject list_type, tuple_type, dict_type, set_type, frozenset_type;

inline bool is_a(Value v, const TypeObject& type) { return &v.type() == &type; }
// int or bool: what int arithmetic accepts.
inline bool is_integer(Value v) { return v.is_small_int() || is_a(v, int_type) || is_a(v, bool_type); }
// The int value of an int or a bool.
inline Int integer_of(Value v) { return is_a(v, bool_type) ? as_int(v.as_bool()) : v.as_int(); }
// A list or a tuple.
inline bool is_sequence(Value v) { return is_a(v, list_type) || is_a(v, tuple_type); }
inline const SequenceObject* sequence_of(Value v) { return reinterpret_cast<const SequenceObject*>(v.object()); }
inline const DictHeader* dict_of(Value v) { return reinterpret_cast<const DictHeader*>(v.object()); }
inline const SetHeader* set_of(Value v) { return reinterpret_cast<const SetHeader*>(v.object()); }
inline bool is_set(Value v) { return is_a(v, set_type) || is_a(v, frozenset_type); }

// Item i of a list or tuple (unchecked).
inline Value item_of(const SequenceObject* s, int64_t i) { return s->ops->item(s, i); }

// Whether a list or tuple stores Values (List<Value>, TupleOf<Value>), so
// that any item can be stored into it.
bool holds_values(const SequenceObject* s);

List<Value> boxed_list(const SequenceObject* s);
TupleOf<Value> boxed_tuple(const SequenceObject* s);
// A set (or frozenset, by `type`) of the keys of a set or dict Value.
Set<Value> boxed_set(Value v, const TypeObject& type);
Dict<Value, Value> boxed_dict(const DictHeader* d);

}  // namespace ingot::rt

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/tuple.h"
