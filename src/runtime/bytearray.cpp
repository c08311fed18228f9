#include "runtime/bytearray.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>

#include "runtime/byte_iterator_object.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_iter.h"
#include "runtime/dynamic_operators.h"
#include "runtime/exception.h"
#include "runtime/instance_dunders.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/slice.h"

namespace ingot::rt {
namespace {

const TypeObject* const bytearray_mro[] = {&bytearray_type, &object_type};

ByteArray bytearray_of(const Object* o) {
  return ByteArray(reinterpret_cast<ByteArrayObject*>(const_cast<Object*>(o)));
}

[[noreturn]] void raise_index_error() { raise(exc::IndexError, "bytearray index out of range"); }

// A byte given as an int: ValueError outside range(256).
char byte_value(Int value) {
  auto v = value.to_int64();
  if (!v || *v < 0 || *v > 255) raise(exc::ValueError, "byte must be in range(0, 256)");
  return static_cast<char>(*v);
}

// What a bytearray compares with: another bytearray or a bytes.
bool buffer_of_value(Value v, std::string_view& out) {
  if (v.is_small_int()) return false;
  if (v.object()->type == &bytearray_type) out = bytearray_of(v.object()).view();
  else if (v.object()->type == &bytes_type) out = unbox<Bytes>(v).view();
  else return false;
  return true;
}

// The dynamic protocol (a bytearray in a Value).
Str repr_slot(const Object* o) { return repr(bytearray_of(o)); }
bool equal_slot(const Object* o, Value other) {
  std::string_view b;
  return buffer_of_value(other, b) && bytearray_of(o).view() == b;
}
bool compare_slot(const Object* o, Value other, CompareOp op) {
  std::string_view b;
  buffer_of_value(other, b);
  return rich_compare(bytearray_of(o).view(), b, op);
}
int64_t len_slot(const Object* o) { return bytearray_of(o).size(); }
bool truth_slot(const Object* o) { return bytearray_of(o).size() != 0; }
int64_t index_of(Value key) {
  if (!key.is_small_int() && &key.type() != &bool_type)
    raise(exc::TypeError, "bytearray indices must be integers or slices, not " + std::string(key.type().name));
  return key.is_small_int() ? key.as_int().small() : int64_t{key.as_bool()};
}
Value getitem_slot(const Object* o, Value key) { return bytearray_of(o).get(index_of(key)); }
void setitem_slot(const Object* o, Value key, Value value) {
  if (!value.is_small_int() && &value.type() != &int_type && &value.type() != &bool_type)
    raise(exc::TypeError, "'" + std::string(value.type().name) + "' object cannot be interpreted as an integer");
  bytearray_of(o).set(index_of(key), &value.type() == &bool_type ? Int(int64_t{value.as_bool()}) : value.as_int());
}

extern const TypeObject iterator_type;
const TypeObject* const iterator_mro[] = {&iterator_type, &object_type};
const TypeObject iterator_type{.name = "bytearray_iterator",
                               .module = "builtins",
                               .mro = iterator_mro,
                               .iter = byte_iterator_self,
                               .next = byte_iterator_next<ByteArray>};
Value iter_slot(const Object* o) {
  return box_byte_iterator(bytearray_of(o), iterator_type);
}

}  // namespace

const TypeObject bytearray_type{.name = "bytearray",
                                .module = "builtins",
                                .mro = bytearray_mro,
                                .str = repr_slot,
                                .repr = repr_slot,
                                .hash = unhashable,
                                .equal = equal_slot,
                                .compare = compare_slot,
                                .len = len_slot,
                                .truth = truth_slot,
                                .getitem = getitem_slot,
                                .setitem = setitem_slot,
                                .iter = iter_slot,
                                .binary = detail::bytes_like_binary};

ByteArray::ByteArray() : object_(static_cast<ByteArrayObject*>(gc_alloc(sizeof(ByteArrayObject)))) {
  object_->header.type = &bytearray_type;
}

ByteArray ByteArray::from(std::string_view bytes) {
  ByteArray b;
  b.extend(bytes);
  return b;
}

void ByteArray::reserve(int64_t needed) const {
  if (needed <= object_->capacity) return;
  int64_t capacity = detail::grown_capacity(object_->capacity, needed, 1);
  auto* data = static_cast<char*>(gc_alloc_atomic(static_cast<size_t>(capacity)));
  if (object_->size) std::memcpy(data, object_->data, static_cast<size_t>(object_->size));
  object_->data = data;
  object_->capacity = capacity;
}

void ByteArray::replace(int64_t begin, int64_t end, std::string_view bytes) const {
  std::string copy(bytes);  // `bytes` may be a view of this very buffer
  int64_t n = static_cast<int64_t>(copy.size()), old_size = size();
  reserve(old_size + n - (end - begin));
  std::memmove(object_->data + begin + n, object_->data + end, static_cast<size_t>(old_size - end));
  if (n) std::memcpy(object_->data + begin, copy.data(), copy.size());
  object_->size = old_size + n - (end - begin);
}

Int ByteArray::get(int64_t index) const {
  if (index < 0) index += size();
  if (index < 0 || index >= size()) raise_index_error();
  return Int(int64_t{at(index)});
}

void ByteArray::set(int64_t index, Int value) const {
  if (index < 0) index += size();
  if (index < 0 || index >= size()) raise_index_error();
  object_->data[index] = byte_value(value);
}

ByteArray ByteArray::slice(int64_t start, int64_t stop, int64_t step) const {
  SliceRange r = adjust_slice(start, stop, step, size());
  ByteArray out;
  out.reserve(r.count);
  for (int64_t k = 0; k < r.count; ++k) out.object_->data[k] = object_->data[r.start + k * r.step];
  out.object_->size = r.count;
  return out;
}

void ByteArray::set_slice(int64_t start, int64_t stop, int64_t step, std::string_view values) const {
  SliceRange r = adjust_slice(start, stop, step, size());
  int64_t n = static_cast<int64_t>(values.size());
  if (r.step == 1) return replace(r.start, r.start + r.count, values);
  if (n != r.count)
    raise(exc::ValueError, "attempt to assign bytes of size " + std::to_string(n) + " to extended slice of size " +
                               std::to_string(r.count));
  std::string copy(values);
  for (int64_t k = 0; k < n; ++k) object_->data[r.start + k * r.step] = copy[static_cast<size_t>(k)];
}

void ByteArray::del_item(int64_t index) const {
  if (index < 0) index += size();
  if (index < 0 || index >= size()) raise(exc::IndexError, "bytearray index out of range");
  replace(index, index + 1, {});
}

void ByteArray::del_slice(int64_t start, int64_t stop, int64_t step) const {
  SliceRange r = adjust_slice(start, stop, step, size());
  if (r.count == 0) return;
  if (r.step < 0) {  // the same bytes, walked upwards
    r.start += r.step * (r.count - 1);
    r.step = -r.step;
  }
  int64_t to = r.start;
  for (int64_t from = r.start; from < size(); ++from)
    if ((from - r.start) % r.step != 0 || (from - r.start) / r.step >= r.count) object_->data[to++] = object_->data[from];
  object_->size = to;
}

void ByteArray::append(Int value) const {
  char c = byte_value(value);
  reserve(size() + 1);
  object_->data[object_->size++] = c;
}

void ByteArray::extend(std::string_view bytes) const { replace(size(), size(), bytes); }

void ByteArray::insert(int64_t index, Int value) const {
  char c = byte_value(value);
  int64_t n = size();
  if (index < 0 && (index += n) < 0) index = 0;
  if (index > n) index = n;
  replace(index, index, std::string_view(&c, 1));
}

Int ByteArray::pop(int64_t index) const {
  int64_t n = size();
  if (n == 0) raise(exc::IndexError, "pop from empty bytearray");
  if (index < 0) index += n;
  if (index < 0 || index >= n) raise(exc::IndexError, "pop index out of range");
  Int item(int64_t{at(index)});
  replace(index, index + 1, {});
  return item;
}

void ByteArray::remove(Int value) const {
  size_t at = view().find(byte_value(value));
  if (at == std::string_view::npos) raise(exc::ValueError, "value not found in bytearray");
  replace(static_cast<int64_t>(at), static_cast<int64_t>(at) + 1, {});
}

void ByteArray::reverse() const { std::reverse(object_->data, object_->data + size()); }

void ByteArray::repeat_in_place(Int n) const {
  auto count = n.to_int64();
  int64_t size0 = size();
  if ((count && *count <= 0) || size0 == 0) return clear();
  if (!count || *count > INT64_MAX / 2 / size0) raise(exc::MemoryError);
  reserve(size0 * *count);
  for (int64_t k = 1; k < *count; ++k) std::memcpy(object_->data + k * size0, object_->data, static_cast<size_t>(size0));
  object_->size = size0 * *count;
}

namespace detail {

bool bytes_like_binary(int op, Value self, Value other, bool reflected, Value* out) {
  bool array = self.object()->type == &bytearray_type;
  std::string_view left, right;
  buffer_of_value(self, left);
  bool in_place = op >= 16;
  switch (BinaryOp(op & 15)) {
    case BinaryOp::add:
      if (reflected) return false;  // the other operand's class has its own message
      if (!buffer_of_value(other, right))
        raise(exc::TypeError, "can't concat " + std::string(type_name(other)) + " to " + std::string(self.type().name));
      if (in_place && array) {
        unbox<ByteArray>(self).extend(right);
        *out = self;
      } else {
        std::string joined = std::string(left) + std::string(right);
        *out = array ? box(ByteArray::from(joined)) : box(Bytes::from(joined));
      }
      return true;
    case BinaryOp::mul: {
      if (!is_integer(other)) return false;
      if (in_place && array) {
        unbox<ByteArray>(self).repeat_in_place(integer_of(other));
        *out = self;
      } else {
        *out = array ? box(repeat(unbox<ByteArray>(self), integer_of(other))) : box(repeat(unbox<Bytes>(self), integer_of(other)));
      }
      return true;
    }
    default: return false;
  }
}

}  // namespace detail

Str repr(ByteArray b) { return Str::from_ascii("bytearray(" + bytes_literal(b.view()) + ")"); }

int64_t hash(ByteArray b) { return unhashable(&b.object()->header); }

ByteArray operator+(ByteArray a, std::string_view b) {
  ByteArray out = a.copy();
  out.extend(b);
  return out;
}

ByteArray repeat(ByteArray b, Int n) {
  ByteArray out = b.copy();
  out.repeat_in_place(n);
  return out;
}

bool contains(ByteArray b, Bytes needle) { return b.view().find(needle.view()) != std::string_view::npos; }
bool contains(ByteArray b, Int byte) { return b.view().find(byte_value(byte)) != std::string_view::npos; }

namespace {

// The ints `it` yields as bytes; `array`: a bytearray's ValueError message
// ("byte must be ..."), else bytes' ("bytes must be ...").
Bytes collect_bytes(ValueIterator& it, bool array) {
  std::string out;
  for (Value item; it.next(item);) {
    if (!is_integer(item))
      raise(exc::TypeError, "'" + std::string(type_name(item)) + "' object cannot be interpreted as an integer");
    std::optional<int64_t> byte = integer_of(item).to_int64();
    if (!byte || *byte < 0 || *byte > 255)
      raise(exc::ValueError, array ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
    out += static_cast<char>(*byte);
  }
  return Bytes::from(out);
}

}  // namespace

Bytes bytes_from_value(Value v, bool array) {
  std::string_view buffer;
  if (buffer_of_value(v, buffer)) return Bytes::from(buffer);
  ValueIterator it(v);
  return collect_bytes(it, array);
}

Bytes object_bytes(Value v) {
  auto refuse = [&]() { raise(exc::TypeError, "cannot convert '" + std::string(type_name(v)) + "' object to bytes"); };
  std::string_view buffer;
  if (buffer_of_value(v, buffer)) return Bytes::from(buffer);
  if (is_a(v, str_type)) refuse();
  std::optional<ValueIterator> it;
  try {
    it.emplace(v);
  } catch (const PyException& e) {
    if (!e.matches(exc::TypeError)) throw;
    refuse();
  }
  return collect_bytes(*it, false);
}

Bytes bytes_of_value(Value v, bool array) {
  if (is_integer(v)) return bytes_of_size(integer_of(v));
  if (is_a(v, str_type)) raise(exc::TypeError, "string argument without an encoding");
  // bytes(obj) asks obj.__bytes__ first; bytearray(obj) does not.
  if (Value out; !array && call_special(v, "__bytes__", {}, &out)) {
    if (!is_a(out, bytes_type))
      raise(exc::TypeError, "__bytes__ returned non-bytes (type " + std::string(type_name(out)) + ")");
    return unbox<Bytes>(out);
  }
  return bytes_from_value(v, array);
}

ByteArray bytearray_of_size(Int n) {
  Bytes zeros = bytes_of_size(n);
  return ByteArray::from(zeros.view());
}

List<ByteArray> to_bytearray(List<Bytes> parts) {
  List<ByteArray> out = List<ByteArray>::with_capacity(parts.size());
  for (Bytes part : parts) out.append(to_bytearray(part));
  return out;
}

Tuple<ByteArray, ByteArray, ByteArray> to_bytearray(Tuple<Bytes, Bytes, Bytes> parts) {
  return {to_bytearray(parts.get<0>()), to_bytearray(parts.get<1>()), to_bytearray(parts.get<2>())};
}

}  // namespace ingot::rt
