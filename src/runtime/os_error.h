// OSError from a failed system call, as CPython's PyErr_SetFromErrno makes
// it: the subclass errno names (FileNotFoundError for ENOENT, ...), args
// (errno, strerror(errno)), and the filename the call was about.
#pragma once

#include "runtime/value.h"

namespace ingot::rt {

[[noreturn, gnu::cold]] void raise_os_error(int error);
[[noreturn, gnu::cold]] void raise_os_error(int error, Value filename);
[[noreturn, gnu::cold]] void raise_os_error(int error, Value filename, Value filename2);  // os.rename's

}  // namespace ingot::rt
