// Enum classes: the compiler writes out what EnumType does.
//
// Design note. CPython's EnumType metaclass turns the assignments of an
// enum's class body into members and answers class-level operations
// (`Color(1)`, `Color['RED']`, `for c in Color`, `len(Color)`,
// `c in Color`, `Color.__members__`). The compiler has no metaclasses,
// so before stage 1 an enum class statement at module level (a base
// imported from `enum`, or an enum class of the same module) is written
// out: its member assignments leave the body and run after the class
// statement, in order, as `Color.RED = Color._ingot_member_('RED', 1)`
// (`auto()` becomes a call of the class's `_generate_next_value_`, a
// class-body name a value reads becomes the member's value or the class attribute), and those
// class-level operations written on the class's name anywhere in the
// module become calls of the `_ingot_*` classmethods, which follow
// EnumType's code. Those are copied into each enum class's body from
// src/stdlib/_enum_class.py (a classmethod shared by many enums would run
// most of them through its one fallback specialisation, where `cls` is the
// defining class), and read enum's globals through an `import enum as
// _ingot_enum` written before the first enum class. Everything after that
// is ordinary Python.
//
// Refused (at the construct): enum classes outside the module level, class
// keywords, decorators other than `unique`, `__init__`/`__new__` in an
// enum, tuple or annotated member assignments. A call of an enum class
// that is not written on its name (`cls(1)`) raises NotImplementedError.
#pragma once

#include "driver/load.h"

namespace ingot::driver {

// false after printing the refusal of an enum this does not write yet.
bool write_enum_classes(LoadedFile& file);

}  // namespace ingot::driver
