// memoryview (design: memoryview.h).
#include "runtime/memoryview.h"

#include <cstdio>
#include <string>

#include "runtime/bytearray.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_iter.h"
#include "runtime/dynamic_methods.h"
#include "runtime/exception.h"
#include "runtime/list.h"
#include "runtime/slice_object.h"
#include "runtime/tuple.h"
#include "runtime/value_builtins.h"

namespace ingot::rt {
namespace {

struct MemoryViewObject {
  Object header;
  Value obj;  // the exporter: a bytes or a bytearray
  int64_t start, step, length;  // item i is the exporter's byte start + i * step
  char format;  // 'B', 'b' or 'c'
  bool readonly;
  bool released;
};

MemoryViewObject* view_of(const Object* o) { return const_cast<MemoryViewObject*>(reinterpret_cast<const MemoryViewObject*>(o)); }
MemoryViewObject* view_of(Value v) { return view_of(v.object()); }
bool is_view(Value v) { return is_a(v, memoryview_type); }

MemoryViewObject* open_view(const Object* o) {
  MemoryViewObject* m = view_of(o);
  if (m->released) raise(exc::ValueError, "operation forbidden on released memoryview object");
  return m;
}

MemoryViewObject* make(Value obj, int64_t start, int64_t step, int64_t length, char format, bool readonly) {
  auto* m = static_cast<MemoryViewObject*>(gc_alloc(sizeof(MemoryViewObject)));
  *m = MemoryViewObject{{&memoryview_type}, obj, start, step, length, format, readonly, false};
  return m;
}

// The exporter's bytes as they are now (a bytearray may have moved or shrunk).
std::string_view exported(const MemoryViewObject* m) {
  if (is_a(m->obj, bytearray_type)) {
    auto* b = reinterpret_cast<const ByteArrayObject*>(m->obj.object());
    return {b->data, static_cast<size_t>(b->size)};
  }
  return unbox<Bytes>(m->obj).view();
}

// The offset of item i (0 <= i < length) in the exporter.
int64_t offset(const MemoryViewObject* m, int64_t i) {
  int64_t at = m->start + i * m->step;
  if (at >= static_cast<int64_t>(exported(m).size())) raise(exc::IndexError, "index out of bounds on dimension 1");
  return at;
}

Value item(const MemoryViewObject* m, int64_t i) {
  unsigned char byte = static_cast<unsigned char>(exported(m)[static_cast<size_t>(offset(m, i))]);
  if (m->format == 'b') return Int(static_cast<int64_t>(static_cast<signed char>(byte)));
  if (m->format == 'c') return box(Bytes::from(std::string_view(reinterpret_cast<const char*>(&byte), 1)));
  return Int(static_cast<int64_t>(byte));
}

// The byte a value stores as an item of the view's format.
unsigned char packed(const MemoryViewObject* m, Value v) {
  std::string format(1, m->format);
  if (m->format == 'c') {
    if (!is_a(v, bytes_type)) raise(exc::TypeError, "memoryview: invalid type for format '" + format + "'");
    Bytes b = unbox<Bytes>(v);
    if (b.size() != 1) raise(exc::ValueError, "memoryview: invalid value for format '" + format + "'");
    return b.at(0);
  }
  std::optional<Int> i = is_integer(v) ? std::optional<Int>(integer_of(v)) : index_dunder(v);
  if (!i) raise(exc::TypeError, "memoryview: invalid type for format '" + format + "'");
  std::optional<int64_t> n = i->to_int64();
  int64_t low = m->format == 'b' ? -128 : 0, high = m->format == 'b' ? 127 : 255;
  if (!n || *n < low || *n > high) raise(exc::ValueError, "memoryview: invalid value for format '" + format + "'");
  return static_cast<unsigned char>(*n);
}

char* writable(const MemoryViewObject* m) {
  if (m->readonly) raise(exc::TypeError, "cannot modify read-only memory");
  return reinterpret_cast<const ByteArrayObject*>(m->obj.object())->data;
}

std::string contents(const MemoryViewObject* m) {
  std::string out;
  out.reserve(static_cast<size_t>(m->length));
  for (int64_t i = 0; i < m->length; ++i) out += exported(m)[static_cast<size_t>(offset(m, i))];
  return out;
}

// An index key as an int, or nothing for a key that is not one.
std::optional<int64_t> index_key(Value key) {
  std::optional<Int> i = is_integer(key) ? std::optional<Int>(integer_of(key)) : index_dunder(key);
  if (!i) return std::nullopt;
  std::optional<int64_t> n = i->to_int64();
  if (!n) raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
  return *n;
}

int64_t checked_index(const MemoryViewObject* m, int64_t i) {
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) raise(exc::IndexError, "index out of bounds on dimension 1");
  return i;
}

// --- The slots.

int64_t len_slot(const Object* o) { return open_view(o)->length; }

Value getitem_slot(const Object* o, Value key) {
  MemoryViewObject* m = open_view(o);
  if (std::optional<int64_t> i = index_key(key)) return item(m, checked_index(m, *i));
  if (is_a(key, slice_type)) {
    SliceBounds b = bounds(unbox_slice(key));
    SliceRange r = adjust_slice(b.start, b.stop, b.step, m->length);
    return Value::of_object(&make(m->obj, m->start + r.start * m->step, m->step * r.step, r.count, m->format, m->readonly)->header);
  }
  if (is_a(key, tuple_type)) raise(exc::NotImplementedError, "multi-dimensional sub-views are not implemented");
  raise(exc::TypeError, "memoryview: invalid slice key");
}

void setitem_slot(const Object* o, Value key, Value value) {
  MemoryViewObject* m = open_view(o);
  if (m->readonly) raise(exc::TypeError, "cannot modify read-only memory");
  if (std::optional<int64_t> i = index_key(key)) {
    int64_t at = offset(m, checked_index(m, *i));
    unsigned char byte = packed(m, value);
    writable(m)[at] = static_cast<char>(byte);
    return;
  }
  if (!is_a(key, slice_type)) raise(exc::TypeError, "memoryview: invalid slice key");
  SliceBounds b = bounds(unbox_slice(key));
  SliceRange r = adjust_slice(b.start, b.stop, b.step, m->length);
  char format = is_view(value) ? open_view(value.object())->format : 'B';
  std::string_view source;
  Bytes held;
  if (!is_view(value) && !is_a(value, bytes_type) && !is_a(value, bytearray_type))
    raise(exc::TypeError, "a bytes-like object is required, not '" + std::string(type_name(value)) + "'");
  held = bytes_from_value(value);  // a copy: the source may overlap the target
  source = held.view();
  if (static_cast<int64_t>(source.size()) != r.count || format != m->format)
    raise(exc::ValueError, "memoryview assignment: lvalue and rvalue have different structures");
  for (int64_t k = 0; k < r.count; ++k) {
    int64_t at = offset(m, r.start + k * r.step);
    writable(m)[at] = source[static_cast<size_t>(k)];
  }
}

// Items of a buffer (bytes and bytearray are 'B') for ==.
bool items_of(Value v, std::string& bytes, char& format) {
  if (is_view(v)) {
    MemoryViewObject* m = view_of(v);
    bytes = contents(m);
    format = m->format;
    return true;
  }
  std::string_view b;
  if (!is_a(v, bytes_type) && !is_a(v, bytearray_type)) return false;
  b = bytes_from_value(v).view();
  bytes = std::string(b);
  format = 'B';
  return true;
}

Value unpacked(char format, char byte) {
  if (format == 'b') return Int(static_cast<int64_t>(static_cast<signed char>(byte)));
  if (format == 'c') return box(Bytes::from(std::string_view(&byte, 1)));
  return Int(static_cast<int64_t>(static_cast<unsigned char>(byte)));
}

// CPython compares the items as the formats unpack them; a released view
// equals only itself.
bool equal_slot(const Object* o, Value other) {
  MemoryViewObject* m = view_of(o);
  if (other.is(Value::of_object(o))) return true;
  if (m->released || (is_view(other) && view_of(other)->released)) return false;
  std::string mine = contents(m), theirs;
  char format;
  if (!items_of(other, theirs, format)) return false;
  if (mine.size() != theirs.size()) return false;
  if (format == m->format) return mine == theirs;
  for (size_t i = 0; i < mine.size(); ++i)
    if (!equal(unpacked(m->format, mine[i]), unpacked(format, theirs[i]))) return false;
  return true;
}

int64_t hash_slot(const Object* o) {
  MemoryViewObject* m = open_view(o);
  if (!m->readonly) raise(exc::ValueError, "cannot hash writable memoryview object");
  return hash(Bytes::from(contents(m)));
}

Str repr_slot(const Object* o) {
  char text[64];
  std::snprintf(text, sizeof text, view_of(o)->released ? "<released memory at %p>" : "<memory at %p>",
                static_cast<const void*>(o));
  return Str::from_ascii(text);
}

List<Value> items(const MemoryViewObject* m) {
  List<Value> out = List<Value>::with_capacity(m->length);
  for (int64_t i = 0; i < m->length; ++i) out.append(item(m, i));
  return out;
}

Value iter_slot(const Object* o) { return iter(box(items(open_view(o)))); }

bool truth_slot(const Object* o) { return open_view(o)->length != 0; }

// --- Methods and attributes.

MemoryViewObject* self_view(Value self) { return open_view(self.object()); }

Value cast(Value self, std::span<const Value> args) {
  check_arguments("cast", args, 1, 2);
  MemoryViewObject* m = self_view(self);
  if (!is_a(args[0], str_type)) raise(exc::TypeError, "cast() argument 'format' must be str, not " + std::string(type_name(args[0])));
  std::string_view format = args[0].as_str().view();
  if (format.size() == 2 && format[0] == '@') format.remove_prefix(1);
  if (m->step != 1 && m->length > 1) raise(exc::TypeError, "memoryview: casts are restricted to C-contiguous views");
  if (format != "B" && format != "b" && format != "c")
    raise(exc::ValueError, "memoryview: cast to format '" + std::string(format) + "' is not supported by ingot (only 'B', 'b' and 'c')");
  if (args.size() == 2 && !args[1].is_none()) raise(exc::ValueError, "memoryview: cast with a shape is not supported by ingot");
  return Value::of_object(&make(m->obj, m->start, 1, m->length, format[0], m->readonly)->header);
}

Value hex(Value self, std::span<const Value> args) {
  check_arguments("hex", args, 0, 2);
  Bytes b = Bytes::from(contents(self_view(self)));
  if (args.empty()) return bytes_hex(b);
  Str sep = is_a(args[0], bytes_type) ? bytes_decode(unbox<Bytes>(args[0]), Str::from_ascii("ascii")) : unbox<Str>(args[0]);
  return bytes_hex(b, sep, args.size() == 2 ? index_argument(args[1]) : 1);
}

constinit const MethodDef memoryview_methods[] = {
    {"tobytes",
     [](Value self, std::span<const Value> args) {
       check_arguments("tobytes", args, 0, 1);
       return box(Bytes::from(contents(self_view(self))));
     }},
    {"tolist", [](Value self, std::span<const Value> args) { return check_no_arguments("memoryview.tolist", args), box(items(self_view(self))); }},
    {"hex", hex},
    {"cast", cast},
    {"toreadonly",
     [](Value self, std::span<const Value> args) {
       check_no_arguments("memoryview.toreadonly", args);
       MemoryViewObject* m = self_view(self);
       return Value::of_object(&make(m->obj, m->start, m->step, m->length, m->format, true)->header);
     }},
    {"release",
     [](Value self, std::span<const Value> args) {
       check_no_arguments("memoryview.release", args);
       view_of(self)->released = true;
       return Value::none();
     }},
    {"__enter__", [](Value self, std::span<const Value> args) { return check_no_arguments("memoryview.__enter__", args), (self_view(self), self); }},
    {"__exit__",
     [](Value self, std::span<const Value> args) {
       view_of(self)->released = true;
       return Value::none();
     }},
};

bool getattr_slot(const Object* o, Str name, Value* out) {
  std::string_view n = name.view();
  Value self = Value::of_object(o);
  if (bind_builtin_method(self, memoryview_methods, name, out)) return true;
  bool contiguous_name = n == "contiguous" || n == "c_contiguous" || n == "f_contiguous";
  if (n != "obj" && n != "nbytes" && n != "readonly" && n != "itemsize" && n != "format" && n != "ndim" && n != "shape" &&
      n != "strides" && n != "suboffsets" && !contiguous_name)
    return false;
  MemoryViewObject* m = open_view(o);
  if (n == "obj") *out = m->obj;
  else if (n == "nbytes") *out = Int(m->length);
  else if (n == "readonly") *out = Value::of_bool(m->readonly);
  else if (n == "itemsize") *out = Int(1);
  else if (n == "format") *out = Str::from_ascii(std::string_view(&m->format, 1));
  else if (n == "ndim") *out = Int(1);
  else if (n == "shape") *out = box(Tuple<Int>(Int(m->length)));
  else if (n == "strides") *out = box(Tuple<Int>(Int(m->step)));
  else if (n == "suboffsets") *out = box(TupleOf<Value>::allocate(0));
  else *out = Value::of_bool(m->step == 1 || m->length <= 1);
  return true;
}

const TypeObject* const memoryview_mro[] = {&memoryview_type, &object_type};

}  // namespace

constinit const TypeObject memoryview_type = [] {
  TypeObject t{"memoryview", "builtins", memoryview_mro, repr_slot, repr_slot, hash_slot, equal_slot};
  t.getattr = getattr_slot;
  t.len = len_slot;
  t.truth = truth_slot;
  t.getitem = getitem_slot;
  t.setitem = setitem_slot;
  t.iter = iter_slot;
  return t;
}();

Value memoryview_of(Value obj) {
  if (is_view(obj)) {
    MemoryViewObject* m = open_view(obj.object());
    return Value::of_object(&make(m->obj, m->start, m->step, m->length, m->format, m->readonly)->header);
  }
  if (is_a(obj, bytes_type)) return Value::of_object(&make(obj, 0, 1, unbox<Bytes>(obj).size(), 'B', true)->header);
  if (is_a(obj, bytearray_type)) {
    auto* b = reinterpret_cast<const ByteArrayObject*>(obj.object());
    return Value::of_object(&make(obj, 0, 1, b->size, 'B', false)->header);
  }
  raise(exc::TypeError, "memoryview: a bytes-like object is required, not '" + std::string(type_name(obj)) + "'");
}

Bytes memoryview_bytes(Value view) { return Bytes::from(contents(open_view(view.object()))); }

}  // namespace ingot::rt
