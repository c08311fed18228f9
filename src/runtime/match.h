// What a match statement (PEP 634) asks of a boxed subject: the structural
// tests of sequence and mapping patterns and the values they capture. The
// code generator boxes the subject and writes the rest of each pattern
// (literals, captures, or-patterns, guards) inline (src/codegen/match.cpp).
#pragma once

#include <cstdint>
#include <span>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/value.h"

namespace ingot::rt {

// Whether a sequence pattern applies to v (collections.abc.Sequence other
// than str, bytes and bytearray: here list, tuple and range), and its length.
bool match_sequence(Value v, int64_t& length);
// Item i of such a sequence; i < 0 counts from the end.
Value match_item(Value v, int64_t i);
// What `*name` captures: the items from `begin` up to `after` items before
// the end, as a new list (whatever the sequence).
List<Value> match_star(Value v, int64_t begin, int64_t after);

// Whether a mapping pattern applies to v (a dict).
bool match_mapping(Value v);
// v[key] if the dict has the key (the pattern fails otherwise).
bool match_key(Value v, Value key, Value& out);
// What `**rest` captures: a new dict of the items whose keys the pattern
// does not name.
Dict<Value, Value> match_rest(Value v, std::span<const Value> keys);

// A class pattern's attribute: false (the pattern fails) when v has none
// of that name.
bool match_attribute(Value v, Str name, Value& out);

}  // namespace ingot::rt
