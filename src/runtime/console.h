// The program's standard streams beyond print(): input(), sys.stdin's
// reads, sys.stdout/sys.stderr writes, print(file=sys.stderr). stdin is
// read through one buffer, so input() and sys.stdin calls can be mixed as
// in CPython; lines end at '\n' only (CPython's stdin on Linux translates
// no newlines).
#pragma once

#include <initializer_list>
#include <span>
#include <string_view>

#include "runtime/int.h"
#include "runtime/iteration.h"
#include "runtime/list.h"
#include "runtime/str.h"

namespace ingot::rt {

// input(): flushes stdout, writes the prompt, returns the next line without
// its '\n'; EOFError "EOF when reading a line" at the end of input.
Str input();
Str input(Str prompt);

// sys.stdin.readline() ("" at the end), .read(), .readlines(); iterating
// sys.stdin is readline until "".
Str stdin_readline();
Str stdin_read();
List<Str> stdin_readlines();

// `for line in sys.stdin`: readline until "".
struct StdinLines {
  bool next(Str& line) {
    line = stdin_readline();
    return !line.empty();
  }
};
inline NextRange<StdinLines, Str> iterate(StdinLines lines) { return NextRange<StdinLines, Str>(lines); }

// isatty(fd) for sys.stdin/stdout/stderr.isatty().
bool is_terminal(int fd);

// sys.stdout.write(s) / sys.stderr.write(s): the number of characters.
Int stdout_write(Str s);
Int stderr_write(Str s);
// print(*items, sep=sep, end=end, file=sys.stderr).
void print_stderr_items(std::span<const Str> items, Str sep, Str end);
inline void print_stderr(std::initializer_list<Str> items, Str sep, Str end) {
  print_stderr_items({items.begin(), items.size()}, sep, end);
}

}  // namespace ingot::rt
