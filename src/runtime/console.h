// input(): a line from sys.stdin, which is a file object (std_streams.cpp),
// so input() and sys.stdin's own reads share one read-ahead and can be
// mixed as in CPython.
#pragma once

#include "runtime/str.h"

namespace ingot::rt {

// Flushes stdout, writes the prompt, returns the next line without its
// '\n'; EOFError "EOF when reading a line" at the end of input.
Str input();
Str input(Str prompt);

}  // namespace ingot::rt
