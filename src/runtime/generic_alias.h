// Types as values: `list[int]` (types.GenericAlias) and `int | None`
// (types.UnionType), as CPython 3.11's genericaliasobject.c and
// unionobject.c make them. The compiler holds both as boxed Values (the
// type analysis calls them dyn): they are printed, compared, hashed,
// called and taken apart (__origin__, __args__) through their class slots.
#pragma once

#include "runtime/value.h"

namespace ingot::rt {

extern const TypeObject generic_alias_type;
extern const TypeObject union_type;

// cls[key] on a class object (type's getitem slot): a GenericAlias for the
// builtin classes with __class_getitem__ (list, dict, tuple, ...);
// TypeError "type 'int' is not subscriptable" for the others.
Value class_getitem(Value cls, Value key);

// The binary slot of classes, aliases and unions: a | b where both are
// classes, None, aliases or unions is the union of their members,
// flattened and without repeats (a single member is itself: `int | int`
// is int). false: NotImplemented.
bool union_slot(int op, Value self, Value other, bool reflected, Value* out);

// What isinstance()/issubclass() test against a union: the tuple of its
// members; `classes` itself for anything else.
Value union_members(Value classes);
bool is_generic_alias(Value v);

}  // namespace ingot::rt
