// The boxed iterator of a bytes or a bytearray held in a Value (`iter(v)`,
// `for b in v`): a ByteIterator inside an object of class bytes_iterator or
// bytearray_iterator. Only the two types' .cpp files include this.
#pragma once

#include "runtime/bytes.h"
#include "runtime/memory.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace ingot::rt {

template <class Buffer>
struct ByteIteratorObject {
  Object header;
  ByteIterator<Buffer> it;
};

// The class's `iter` slot: an iterator is its own iterator.
inline Value byte_iterator_self(const Object* o) { return Value::of_object(o); }

// The class's `next` slot.
template <class Buffer>
bool byte_iterator_next(const Object* o, Value* out) {
  auto* self = const_cast<ByteIteratorObject<Buffer>*>(reinterpret_cast<const ByteIteratorObject<Buffer>*>(o));
  Int item;
  if (!self->it.next(item)) return false;
  *out = item;
  return true;
}

template <class Buffer>
Value box_byte_iterator(Buffer b, const TypeObject& type) {
  auto* it = new (gc_alloc(sizeof(ByteIteratorObject<Buffer>))) ByteIteratorObject<Buffer>{{&type}, ByteIterator<Buffer>(b)};
  return Value::of_object(&it->header);
}

}  // namespace ingot::rt
