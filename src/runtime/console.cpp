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
  std::string_view text = line.view();
  if (text.back() != '\n') return line;
  return Str::from_utf8(text.substr(0, text.size() - 1));
}

}  // namespace ingot::rt
