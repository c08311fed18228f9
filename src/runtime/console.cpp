#include "runtime/console.h"

#include "runtime/exception.h"
#include "runtime/file.h"
#include "runtime/print.h"

namespace ingot::rt {

Str input() { return input(Str()); }

Str input(Str prompt) {
  flush_stdout();
  if (!prompt.empty()) {
    write_stdout(prompt.view());
    flush_stdout();
  }
  Str line = file_readline(sys_stdin());
  if (line.empty()) raise(exc::EOFError, "EOF when reading a line");
  if (line.view().back() != '\n') return line;
  return slice(line, 0, line.length() - 1);
}

}  // namespace ingot::rt
