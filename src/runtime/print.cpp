#include "runtime/print.h"

#include "runtime/dynamic_access.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>

namespace ingot::rt {
namespace {

struct StdoutBuffer {
  static constexpr size_t kCapacity = 1 << 16;
  std::string bytes;
  // PYTHONUNBUFFERED set to anything but "" is CPython's -u: every write
  // goes out at once, so output keeps its order with stderr's in one pipe.
  bool unbuffered = [] {
    const char* value = std::getenv("PYTHONUNBUFFERED");
    return value && *value;
  }();
  // Written out after each print() (each line of a write): a terminal, and -u.
  bool interactive = unbuffered || isatty(STDOUT_FILENO) == 1;

  StdoutBuffer() { bytes.reserve(kCapacity); }
  // A program that ends without reaching main's flush (exit() from the
  // runtime) still writes what it printed.
  ~StdoutBuffer() { flush(); }

  void flush() {
    size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = ::write(STDOUT_FILENO, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;  // a closed pipe: CPython would fail at exit too; the output is lost either way
      done += size_t(n);
    }
    bytes.clear();
  }
};

StdoutBuffer& buffer() {
  static StdoutBuffer instance;
  return instance;
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

void write_stdout(std::string_view text) {
  StdoutBuffer& out = buffer();
  if (out.bytes.size() + text.size() > StdoutBuffer::kCapacity) out.flush();
  if (text.size() >= StdoutBuffer::kCapacity) {
    out.bytes.assign(text);
    out.flush();
    return;
  }
  out.bytes.append(text);
}

void flush_stdout() { buffer().flush(); }

void write_console(int fd, std::string_view bytes) {
  if (fd != STDOUT_FILENO) return write_stderr(bytes);
  write_stdout(bytes);
  StdoutBuffer& out = buffer();
  if (out.unbuffered || (out.interactive && bytes.find('\n') != std::string_view::npos)) flush_stdout();
}

void print_object_items(Value file, std::span<const Str> items, Str sep, Str end) {
  auto write = [&](Str text) {
    Value argument = text;
    call(getattr(file, Str::from_ascii("write")), {&argument, 1});
  };
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) write(sep);
    write(items[i]);
  }
  write(end);
}

void print_items(std::span<const Str> items, Str sep, Str end) {
  bool first = true;
  for (Str item : items) {
    if (!first) write_stdout(sep.view());
    write_stdout(item.view());
    first = false;
  }
  write_stdout(end.view());
  if (buffer().interactive) flush_stdout();
}

}  // namespace ingot::rt
