// One type of the lattice (docs/types.md): a kind, up to two numeric
// payloads and a list of type arguments. Types are interned in a TypeTable
// and named by a TypeId, so equal types have equal ids and comparing types
// is comparing integers.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace ingot::types {

using TypeId = uint32_t;
using ClassId = uint32_t;
using FunctionId = uint32_t;
using SpecId = uint32_t;
using BuiltinId = uint32_t;

inline constexpr SpecId kNoSpec = std::numeric_limits<SpecId>::max();

// The order is the order union members are printed in (None last, so that
// an optional reads `int | None`).
enum class Kind : uint8_t {
  Bottom,       // no value yet (the analysis has not seen one)
  Bool,
  Int,
  Float,
  Complex,
  Str,
  Bytes,
  ByteArray,
  Range,
  Slice,
  List,         // args: {element}
  Dict,         // args: {key, value}
  Set,          // args: {element}
  Tuple,        // args: the elements (fixed arity)
  TupleOf,      // args: {element}; tuple[T, ...]
  Recursive,    // args: {a Tuple, the body}; b: the body with RecursiveSelf replaced by this type
                // (recursive.cpp): a tuple that holds tuples of its own shape, T = tuple[T | None, ...]
  RecursiveSelf,  // inside a Recursive body: the Recursive type itself
  Iterator,     // args: {element}; iter(), enumerate(), zip(), dict views, ...
  Generator,    // args: {yielded}; a generator function's or expression's result
  Instance,     // a: ClassId; b: 1 for "an instance of the class or of a subclass" (printed C+)
  Class,        // a: ClassId; the class object itself
  Function,     // a: FunctionId, b: the SpecId its free variables live in (kNoSpec: none)
  BoundMethod,  // a: FunctionId, b: env as for Function; args: {self}
  Super,        // a: the ClassId whose MRO successors are searched; args: {self}
  Builtin,      // a: BuiltinId; a builtin function or class (len, int, ValueError)
  Exception,    // a: BuiltinId of a builtin exception class; an instance of it
  Module,       // a: index of the module's name in the table
  File,         // a: 1 for a binary file, 0 for a text file (what open() returns)
  None,
  Union,        // args: 2..kMaxUnion members, sorted, pairwise of different heads
  Dyn,          // top: a boxed value of any type, dispatched at run time
};

struct Type {
  Kind kind = Kind::Bottom;
  uint32_t a = 0;
  uint32_t b = 0;
  std::vector<TypeId> args;
  uint8_t depth = 0;  // nesting depth of container arguments (widening bound)
};

inline Type make(Kind kind, uint32_t a = 0, uint32_t b = 0, std::vector<TypeId> args = {}) {
  return Type{kind, a, b, std::move(args), 0};
}

// bytes and bytearray: what methods and operators taking "a bytes-like
// object" accept (memoryview is not a type here yet).
inline bool is_bytes_like(Kind kind) { return kind == Kind::Bytes || kind == Kind::ByteArray; }

}  // namespace ingot::types
