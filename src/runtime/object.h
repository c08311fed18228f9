// The header every heap object carries, and the class object it points to.
//
// Objects are plain structs whose first member is an Object; there are no
// C++ virtual functions. Behaviour that differs per class lives in the
// TypeObject's function slots, which only the dynamic ("dyn") paths consult:
// typed code knows the class and calls the right function directly.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace ingot::rt {

struct TypeObject;
class Str;
class Value;

// A rich comparison other than == and !=.
enum class CompareOp { lt, le, gt, ge };

struct Object {
  const TypeObject* type;
};

struct TypeObject {
  std::string_view name;    // __qualname__
  std::string_view module;  // __module__: "builtins" for built-in classes
  // The method resolution order, this class first and `object` last; user
  // classes with several bases get their C3 order from the compiler.
  std::span<const TypeObject* const> mro;
  // str(x) and repr(x) of an instance; null where the class has neither yet.
  Str (*str)(const Object*) = nullptr;
  Str (*repr)(const Object*) = nullptr;
  // hash(x), x == other and x < other (<=, >, >=) for the dynamic paths
  // (protocol.h). null hash: the first class in the mro with one decides;
  // null equal (and richequal): identity; null compare: unordered
  // (TypeError). compare is only called with an `other` of the same class.
  int64_t (*hash)(const Object*) = nullptr;
  bool (*equal)(const Object*, Value other) = nullptr;
  bool (*compare)(const Object*, Value other, CompareOp op) = nullptr;
  // x == other of the program's classes: what __eq__ returned,
  // NotImplemented where it declined; protocol.cpp then asks the other
  // operand's __eq__, then identity, as CPython. (`equal` above is the
  // builtins' own, which decline by answering false.)
  Value (*richequal)(const Object*, Value other) = nullptr;
  // x < other (<=, >, >=) of the program's classes, for an `other` of any
  // class: what __lt__ (...) returned, NotImplemented where the class has
  // none or it declined; protocol.cpp tries the reflection, as CPython.
  Value (*richcompare)(const Object*, Value other, CompareOp op) = nullptr;
  // The dynamic protocol (runtime/dynamic*.h): what a Value of this class
  // does where the compiler could not see its class. null: CPython's
  // TypeError/AttributeError for a class without that ability (getattr
  // false: no such attribute; setattr false: cannot set it). `binary` is
  // a number operator (int(BinaryOp)) with self on the left, or on the
  // right when `reflected`, or op + 16 for the in-place form (`+=`, a
  // class's __iadd__); false: NotImplemented. `next` belongs to
  // iterators: false when exhausted.
  bool (*getattr)(const Object*, Str name, Value* out) = nullptr;
  bool (*setattr)(const Object*, Str name, Value value) = nullptr;
  // delattr(x, name): false when there is no such attribute to delete.
  bool (*delattr)(const Object*, Str name) = nullptr;
  Value (*call)(const Object*, std::span<const Value> args) = nullptr;
  int64_t (*len)(const Object*) = nullptr;
  bool (*truth)(const Object*) = nullptr;
  Value (*getitem)(const Object*, Value key) = nullptr;
  void (*setitem)(const Object*, Value key, Value value) = nullptr;
  Value (*iter)(const Object*) = nullptr;
  bool (*next)(const Object*, Value* out) = nullptr;
  bool (*binary)(int op, Value self, Value other, bool reflected, Value* out) = nullptr;
  // format(x, spec) of a class with __format__ (`'{:usd}'.format(x)`);
  // null: object's, str(x) for an empty spec.
  Str (*format)(const Object*, Value spec) = nullptr;

  bool is_subclass_of(const TypeObject& other) const {
    for (const TypeObject* t : mro)
      if (t == &other) return true;
    return false;
  }
};

inline bool isinstance(const Object* object, const TypeObject& type) {
  return object->type == &type || object->type->is_subclass_of(type);
}

// Built-in classes defined so far.
extern const TypeObject object_type;
extern const TypeObject int_type;
extern const TypeObject bool_type;
extern const TypeObject float_type;
extern const TypeObject str_type;
extern const TypeObject none_type;

}  // namespace ingot::rt
