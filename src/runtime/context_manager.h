// `with` on a Value (a memoryview, an instance the compiler could not
// type): CPython 3.11's SETUP_WITH through the class's getattr slot, so
// that only what the program's classes and the runtime's own classes
// define answers (never a builtin value's method tables).
#pragma once

#include "runtime/exception.h"
#include "runtime/value.h"

namespace ingot::rt {

// manager.__enter__(), after looking up __enter__ then __exit__ (stored in
// *exit); TypeError "'int' object does not support the context manager
// protocol" (with "(missed __exit__ method)" when only __exit__ lacks).
Value with_enter(Value manager, Value* exit);
// exit(type, exc, None) for the exception that left the body, or exit(None,
// None, None) when none did (exc null): whether the result is true, which
// swallows the exception.
bool with_exit(Value exit, const ExceptionObject* exc);

// `async with`: the awaitable of manager.__aenter__() (its __aexit__ stored
// in *exit), and the awaitable of exit(type, exc, tb), or exit(None, None,
// None) when exc is null.
Value async_enter(Value manager, Value* exit);
Value async_exit(Value exit, const ExceptionObject* exc);

}  // namespace ingot::rt
