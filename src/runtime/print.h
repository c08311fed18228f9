// print() and the program's stdout: one buffer, written out when full, at
// the end of the program (the generated main calls flush_stdout), and after
// every print when stdout is a terminal, so an interactive program shows
// its output as CPython's line-buffered stdout would.
#pragma once

#include <initializer_list>
#include <span>
#include <string_view>

#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

// print(*items, sep=sep, end=end), the items already converted with str();
// print_items for a count known at run time (`print(*xs)`).
void print_items(std::span<const Str> items, Str sep, Str end);
inline void print(std::initializer_list<Str> items, Str sep, Str end) { print_items({items.begin(), items.size()}, sep, end); }
// print(..., file=obj) to an object of the program's: obj.write(s) for each
// item, separator and the end, as CPython's print does.
void print_object_items(Value file, std::span<const Str> items, Str sep, Str end);
inline void print_object(Value file, std::initializer_list<Str> items, Str sep, Str end) {
  print_object_items(file, {items.begin(), items.size()}, sep, end);
}

void write_stdout(std::string_view bytes);
void flush_stdout();
// Writes to sys.stdout and sys.stderr as file objects (std_streams.cpp):
// stdout's into print()'s buffer, flushed at a line's end when stdout is a
// terminal (CPython's line buffering); stderr's at once.
void write_console(int fd, std::string_view bytes);

}  // namespace ingot::rt
