// print() and the program's stdout: one buffer, written out when full, at
// the end of the program (the generated main calls flush_stdout), and after
// every print when stdout is a terminal, so an interactive program shows
// its output as CPython's line-buffered stdout would.
#pragma once

#include <initializer_list>
#include <string_view>

#include "runtime/str.h"

namespace ingot::rt {

// print(*items, sep=sep, end=end), the items already converted with str().
void print(std::initializer_list<Str> items, Str sep, Str end);

void write_stdout(std::string_view bytes);
void flush_stdout();

}  // namespace ingot::rt
