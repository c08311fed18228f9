// sys.stdin, sys.stdout and sys.stderr: text files over descriptors 0, 1
// and 2, as CPython makes them at start-up (Python/pylifecycle.c
// create_stdio): UTF-8, lines split at "\n" only and no newline
// translation on POSIX, stderr with the backslashreplace error handler.
//
// Their streams are marked `console` (file_stream.h): stdout's writes go
// to print()'s buffer and stderr's straight to the descriptor, so output
// through the file objects and through print() keeps its order; stdin's
// read-ahead is the one input() reads from too (console.cpp).
#include <unistd.h>

#include "runtime/file.h"
#include "runtime/file_stream.h"
#include "runtime/memory.h"

namespace ingot::rt {
namespace {

TextFile* standard_stream(int fd, const char* name, const char* mode, const char* errors) {
  auto* stream = new FileStream;
  stream->fd = fd;
  stream->readable = fd == STDIN_FILENO;
  stream->writable = fd != STDIN_FILENO;
  stream->owns_fd = false;
  stream->console = true;
  stream->newline = Newline::lf;
  stream->errors = find_errors(Str::from_ascii(errors));
  // Reachable from a static pointer, which the collector scans: never
  // collected, so no finalizer.
  auto* f = static_cast<TextFile*>(gc_alloc(sizeof(TextFile)));
  f->header.type = &text_file_type;
  f->stream = stream;
  f->name = Str::from_ascii(name);
  f->mode = Str::from_ascii(mode);
  f->encoding = Str::from_ascii("utf-8");
  f->errors = Str::from_ascii(errors);
  return f;
}

}  // namespace

TextFile* sys_stdin() {
  static TextFile* const file = standard_stream(STDIN_FILENO, "<stdin>", "r", "strict");
  return file;
}

TextFile* sys_stdout() {
  static TextFile* const file = standard_stream(STDOUT_FILENO, "<stdout>", "w", "strict");
  return file;
}

TextFile* sys_stderr() {
  static TextFile* const file = standard_stream(STDERR_FILENO, "<stderr>", "w", "backslashreplace");
  return file;
}

}  // namespace ingot::rt
