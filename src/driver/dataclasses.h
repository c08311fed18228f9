// @dataclass: the compiler writes the methods the decorator would add.
//
// Design note. CPython's dataclasses module builds __init__, __repr__,
// __eq__ and the rest as source text at run time and exec()s it into the
// class; a compiled program has no exec, and whole-program inference
// must see those methods to type them. So the compiler does what the
// decorator does, before stage 1: a class decorated with `dataclass` (or
// `dataclass(...)` with constant options), imported from `dataclasses`
// by this module, gets the methods as Python text, parsed and appended to
// its body, placed at the decorator; the decorator itself is dropped
// (what it returns is the class). A `field(...)` value becomes the class
// attribute CPython leaves: its default, or none. Everything after that
// is ordinary Python the rest of the compiler already handles, and the
// text follows dataclasses.py's own (`_init_fn`, `_repr_fn`, `_cmp_fn`,
// `_hash_action`). src/stdlib/dataclasses.py holds what runs: `field`,
// `FrozenInstanceError`, `fields`, `asdict`.
//
// Not written yet (refused, at the construct): non-constant options,
// kw_only, slots, InitVar, positional arguments, a field without a
// default after one with a default; base dataclasses are seen when
// defined in the same module.
#pragma once

#include "driver/load.h"

namespace ingot::driver {

// false after printing the refusal of a dataclass this does not write yet.
bool write_dataclass_methods(LoadedFile& file);

}  // namespace ingot::driver
