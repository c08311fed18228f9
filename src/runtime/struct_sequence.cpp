// Struct sequences: a tuple's items under a class of their own.
#include "runtime/struct_sequence.h"

#include <algorithm>
#include <string>

#include "runtime/dynamic_access.h"
#include "runtime/dynamic_iter.h"
#include "runtime/exception.h"
#include "runtime/slice_object.h"
#include "runtime/tuple.h"

namespace ingot::rt {
namespace {

TupleOf<Value> items_of(const Object* self) { return TupleOf<Value>(reinterpret_cast<const TupleObject<Value>*>(self)); }

const StructSequenceType& type_of(const Object* self) { return *reinterpret_cast<const StructSequenceType*>(self->type); }


}  // namespace

namespace struct_sequence {

Str repr(const Object* self) {
  const StructSequenceType& type = type_of(self);
  TupleOf<Value> items = items_of(self);
  std::string text = std::string(type.type.name) + "(";
  for (size_t i = 0; i < static_cast<size_t>(items.size()); ++i) {
    if (i) text += ", ";
    text += std::string(type.fields[i]) + "=" + std::string(rt::repr(items[static_cast<int64_t>(i)]).view());
  }
  return Str::from_utf8(text + ")");
}

bool equal(const Object* self, Value other) {
  return !other.is_small_int() && has_tuple_layout(other.type()) &&
         sequence_equal(reinterpret_cast<const SequenceObject*>(self), reinterpret_cast<const SequenceObject*>(other.object()));
}

bool compare(const Object* self, Value other, CompareOp op) {
  return spans_compare(items_of(self).span(), items_of(other.object()).span(), op);
}

bool getattr(const Object* self, Str name, Value* out) {
  const StructSequenceType& type = type_of(self);
  // A hidden field lies past the tuple's size: read it in place. The last
  // field of a name wins: os.stat_result's st_mtime is the hidden float,
  // while the item of that name (its repr's) is the whole seconds.
  for (size_t i = type.fields.size(); i-- > 0;)
    if (type.fields[i] == name.view()) {
      *out = reinterpret_cast<const TupleObject<Value>*>(self)->items()[i];
      return true;
    }
  return false;
}

Value getitem(const Object* self, Value key) {
  TupleOf<Value> items = items_of(self);
  if (!key.is_small_int() && &key.type() == &slice_type) {
    SliceBounds b = bounds(unbox_slice(key));
    return box(items.slice(b.start, b.stop, b.step));
  }
  return items.get(index_of(tuple_type, key));
}

int64_t len(const Object* self) { return items_of(self).size(); }

// A plain tuple's iterator over the same items.
Value iter(const Object* self) { return rt::iter(box(TupleOf<Value>(items_of(self).span()))); }

}  // namespace struct_sequence

std::string_view class_qualname(const TypeObject& type) {
  std::string_view name = type.name;
  // Not has_tuple_layout(): that would link the sequence slots into every program.
  bool tuple_class = type.mro.size() > 1 && type.mro[1] == &tuple_type;
  if (tuple_class && name.size() > type.module.size() && name.starts_with(type.module) && name[type.module.size()] == '.')
    name.remove_prefix(type.module.size() + 1);
  return name;
}

Value make_struct_sequence(const StructSequenceType& type, std::span<const Value> items) {
  TupleOf<Value> tuple(items);
  auto* object = const_cast<TupleObject<Value>*>(tuple.object());
  object->header.type = &type.type;
  object->size = static_cast<int64_t>(std::min(type.visible, items.size()));
  return Value::of_object(&tuple.object()->header);
}

}  // namespace ingot::rt
