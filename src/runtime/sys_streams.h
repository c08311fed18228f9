// sys.stdin, sys.stdout and sys.stderr in a program that assigns them
// (`sys.stdout = io.StringIO()`, contextlib.redirect_stdout): the names
// hold any object, and print(), print(file=None) and the uncaught
// exception's report write to whatever they hold then, through its write
// method, and input() reads through its readline method, as CPython's do.
// The compiler emits these calls only for such a program (and for
// print(file=v) with a v it cannot see); any other keeps print()'s direct
// buffer (print.h) and pays nothing.
#pragma once

#include <initializer_list>
#include <span>

#include "runtime/exception.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

// What sys.stdin (fd 0), sys.stdout (fd 1) or sys.stderr (fd 2) holds now:
// the file objects of std_streams.cpp until the program assigns something
// else.
Value sys_stream(int fd);
void set_sys_stream(int fd, Value stream);

// print(*items, sep=sep, end=end, file=f): a file object's writes, None's
// sys.stdout (nothing at all while that is None), anything else's write
// method once for each item, separator and the end.
void print_to_items(Value file, std::span<const Str> items, Str sep, Str end);
inline void print_to(Value file, std::initializer_list<Str> items, Str sep, Str end) {
  print_to_items(file, {items.begin(), items.size()}, sep, end);
}
// input(prompt) in a program that assigns sys.stdin or sys.stdout: the
// prompt written to sys.stdout as it is now and flushed, then a line of
// sys.stdin's readline() without its '\n'; EOFError at its end.
Str input_from_sys_streams();
Str input_from_sys_streams(Str prompt);

// print(..., file=f, flush=True): f's flush method (None's sys.stdout's).
void flush_to(Value file);

// The uncaught exception's report (traceback.h) written to sys.stderr as it
// is now; nothing while that is None.
int report_uncaught_to_sys_stderr(const ExceptionObject* e);
// What CPython does last: sys.stdout's and sys.stderr's flush methods, then
// print()'s buffer. A stdout that cannot flush is reported ("Exception
// ignored in: ...") and, like a stderr that cannot, makes the status 120.
int finish_sys_streams(int status);

}  // namespace ingot::rt
