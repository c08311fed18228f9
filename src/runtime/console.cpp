#include "runtime/console.h"

#include <unistd.h>

#include <cerrno>
#include <string>

#include "runtime/exception.h"
#include "runtime/print.h"

namespace ingot::rt {
namespace {

class StdinBuffer {
 public:
  // The next line with its '\n' (none at the end of input), "" at the end.
  std::string_view line() {
    size_t newline;
    while ((newline = bytes_.find('\n', at_)) == std::string::npos && fill()) {}
    size_t end = newline == std::string::npos ? bytes_.size() : newline + 1;
    return take(end);
  }
  std::string_view rest() {
    while (fill()) {}
    return take(bytes_.size());
  }

 private:
  std::string_view take(size_t end) {
    // The view stays valid until the next call: the consumed prefix is
    // dropped only when more input is read.
    std::string_view out(bytes_.data() + at_, end - at_);
    at_ = end;
    return out;
  }
  bool fill() {
    if (eof_) return false;
    bytes_.erase(0, at_);
    at_ = 0;
    char chunk[1 << 16];
    for (;;) {
      ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        eof_ = true;
        return false;
      }
      bytes_.append(chunk, size_t(n));
      return true;
    }
  }

  std::string bytes_;
  size_t at_ = 0;
  bool eof_ = false;
};

StdinBuffer& stdin_buffer() {
  static StdinBuffer buffer;
  return buffer;
}

void write_stderr(std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(STDERR_FILENO, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    text.remove_prefix(size_t(n));
  }
}

}  // namespace

Str input() { return input(Str()); }

Str input(Str prompt) {
  flush_stdout();
  if (!prompt.empty()) {
    write_stdout(prompt.view());
    flush_stdout();
  }
  std::string_view line = stdin_buffer().line();
  if (line.empty()) raise(exc::EOFError, "EOF when reading a line");
  if (line.back() == '\n') line.remove_suffix(1);
  return Str::from_utf8(line);
}

Str stdin_readline() { return Str::from_utf8(stdin_buffer().line()); }
Str stdin_read() { return Str::from_utf8(stdin_buffer().rest()); }

List<Str> stdin_readlines() {
  List<Str> lines;
  for (std::string_view line; !(line = stdin_buffer().line()).empty();) lines.append(Str::from_utf8(line));
  return lines;
}

bool is_terminal(int fd) { return isatty(fd) == 1; }

Int stdout_write(Str s) {
  write_stdout(s.view());
  return Int(s.length());
}

Int stderr_write(Str s) {
  write_stderr(s.view());
  return Int(s.length());
}

void print_stderr_items(std::span<const Str> items, Str sep, Str end) {
  std::string text;
  bool first = true;
  for (Str item : items) {
    if (!first) text += sep.view();
    text += item.view();
    first = false;
  }
  text += end.view();
  write_stderr(text);
}

}  // namespace ingot::rt
