// CPython's struct sequences (sys.version_info, sys.float_info, ...): tuples
// whose items also read as named attributes. The object is a TupleObject
// of Values whose header names the sequence's own class, whose mro holds
// tuple, so hashing and the sequence helpers treat it as the tuple it is.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "runtime/protocol.h"

namespace ingot::rt {

// A struct sequence class: its TypeObject (first, so that a header's type
// pointer leads back here) and the names of its items. As in CPython, the
// fields past the first `visible` (time.struct_time's tm_zone, tm_gmtoff)
// are attributes only: the object holds them after the tuple's items,
// outside its size, so len, iteration, indexing and repr never see them.
// Where two fields share a name, attribute reads find the later one.
struct StructSequenceType {
  TypeObject type;
  std::span<const std::string_view> fields;
  std::size_t visible = SIZE_MAX;  // SIZE_MAX: all of them
};

// The slots each StructSequenceType's TypeObject takes: repr
// "sys.float_info(max=..., ...)", == with tuples, attributes by field name,
// indexing and slicing (a slice is a plain tuple), len and iteration.
namespace struct_sequence {
Str repr(const Object* self);
bool equal(const Object* self, Value other);
bool compare(const Object* self, Value other, CompareOp op);
bool getattr(const Object* self, Str name, Value* out);
Value getitem(const Object* self, Value key);
int64_t len(const Object* self);
Value iter(const Object* self);
}  // namespace struct_sequence

extern const TypeObject tuple_type;
// A tuple or a struct sequence: a TupleObject of Values, ordered and
// compared as tuples are.
inline bool has_tuple_layout(const TypeObject& t) { return &t == &tuple_type || t.getitem == struct_sequence::getitem; }

// A class's __qualname__: its name, less the module a struct sequence's
// carries for its error messages (os.stat_result's is stat_result).
std::string_view class_qualname(const TypeObject& type);

// An instance of `type` holding `items` (one per field, hidden ones too).
Value make_struct_sequence(const StructSequenceType& type, std::span<const Value> items);

}  // namespace ingot::rt
