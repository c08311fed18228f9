// Printing an exception that ends the program, in CPython 3.11's format
// (Python/traceback.c and pythonrun.c's print_exception_recursive):
//
//   Traceback (most recent call last):
//     File "app.py", line 7, in <module>
//       main()
//     File "app.py", line 3, in main
//       return 1 / x
//              ~~^~~
//   ZeroDivisionError: division by zero
//
// with chained exceptions first, repeated frames folded ("[Previous line
// repeated 996 more times]"), and source lines read from the files at print
// time, as CPython does.
#pragma once

#include <string>
#include <string_view>

#include "runtime/exception.h"

namespace ingot::rt {

// Everything CPython writes to stderr for the uncaught exception e.
std::string format_uncaught(const ExceptionObject* e);

// What the program's main does with an uncaught exception: SystemExit
// becomes the exit status (printing a non-int code, as CPython does); any
// other exception is printed to stderr. Returns the process exit status
// (KeyboardInterrupt, as in CPython, ends the process by SIGINT instead).
int report_uncaught(const ExceptionObject* e);
// The same, its text given to `write` instead of the descriptor: sys.stderr
// when the program assigned another object to it (sys_streams.cpp).
int report_uncaught(const ExceptionObject* e, void (*write)(std::string_view text));

}  // namespace ingot::rt
