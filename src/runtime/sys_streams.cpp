#include "runtime/sys_streams.h"

#include <unistd.h>

#include "runtime/dynamic_access.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_builtins.h"
#include "runtime/file.h"
#include "runtime/print.h"
#include "runtime/traceback.h"
#include "runtime/value_builtins.h"

namespace ingot::rt {
namespace {

// Function-local statics, so that no dynamic initialiser keeps this file
// in a program that never assigns the streams; static data, so the
// collector sees what they hold.
Value& stream_slot(int fd) {
  static Value in = box(sys_stdin());
  static Value out = box(sys_stdout());
  static Value err = box(sys_stderr());
  return fd == STDIN_FILENO ? in : fd == STDOUT_FILENO ? out : err;
}

bool is_file(Value v) { return is_text_file(v) || is_binary_file(v); }

Value method(Value object, const char* name) { return getattr(object, Str::from_ascii(name)); }

void write_to(Value file, Str text) {
  Value argument = text;
  call(method(file, "write"), {&argument, 1});
}

// The report of an exception nothing catches, to sys.stderr; an error
// while writing it is dropped, as CPython drops it.
void write_sys_stderr(std::string_view text) {
  Value stream = sys_stream(STDERR_FILENO);
  if (stream.is_none()) return;
  try {
    write_to(stream, Str::from_utf8(text));
  } catch (const PyException&) {
  }
}

// CPython's flush_std_files for one stream: skipped when it is None or
// says it is closed; false when its flush raised.
bool flush_stream(int fd, bool report) {
  Value stream = sys_stream(fd);
  if (stream.is_none()) return true;
  try {
    try {
      if (truth(getattr_or(stream, Str::from_ascii("closed"), Value::of_bool(false)))) return true;
    } catch (const PyException&) {
      // an unreadable `closed` counts as open
    }
    call(method(stream, "flush"), {});
    return true;
  } catch (const PyException& e) {
    if (report) {
      // CPython's unraisable hook: the object, then the exception.
      Str object;
      try {
        object = repr(stream);
      } catch (const PyException&) {
        object = Str::from_ascii("<object repr() failed>");
      }
      write_sys_stderr("Exception ignored in: " + std::string(object.view()) + "\n" + format_uncaught(e.object()));
    }
    return false;
  }
}

}  // namespace

Value sys_stream(int fd) { return stream_slot(fd); }

void set_sys_stream(int fd, Value stream) { stream_slot(fd) = stream; }

void print_to_items(Value file, std::span<const Str> items, Str sep, Str end) {
  if (file.is_none()) file = sys_stream(STDOUT_FILENO);
  if (file.is_none()) return;
  if (file.is(box(sys_stdout()))) return print_items(items, sep, end);
  if (is_file(file)) return print_file_items(file_of(file), items, sep, end);
  print_object_items(file, items, sep, end);
}

namespace {

// CPython's input() past a terminal: sys.stderr flushed, the prompt
// written to sys.stdout and that flushed, then sys.stdin's readline().
Str input_line(const Str* prompt) {
  Value in = sys_stream(STDIN_FILENO), out = sys_stream(STDOUT_FILENO), err = sys_stream(STDERR_FILENO);
  if (in.is_none()) raise(exc::RuntimeError, "input(): lost sys.stdin");
  if (out.is_none()) raise(exc::RuntimeError, "input(): lost sys.stdout");
  if (err.is_none()) raise(exc::RuntimeError, "input(): lost sys.stderr");
  flush_to(err);
  bool file = is_file(out);
  if (prompt && file) print_to_items(out, {prompt, 1}, Str(), Str());  // the real stdout's buffer is print()'s
  if (prompt && !file) write_to(out, *prompt);
  if (out.is(box(sys_stdout())))
    flush_stdout();
  else
    flush_to(out);
  Value line = is_text_file(in) ? Value(file_readline(static_cast<TextFile*>(file_of(in)))) : call(method(in, "readline"), {});
  if (!is_a(line, str_type)) raise(exc::TypeError, "object.readline() returned non-string");
  Str text = line.as_str();
  if (text.empty()) raise(exc::EOFError, "EOF when reading a line");
  if (text.view().back() != '\n') return text;
  return slice(text, 0, text.length() - 1);
}

}  // namespace

Str input_from_sys_streams() { return input_line(nullptr); }

Str input_from_sys_streams(Str prompt) { return input_line(&prompt); }

void flush_to(Value file) {
  if (file.is_none()) file = sys_stream(STDOUT_FILENO);
  if (file.is_none()) return;
  if (is_file(file)) return file_flush(file_of(file));
  call(method(file, "flush"), {});
}

int report_uncaught_to_sys_stderr(const ExceptionObject* e) {
  if (sys_stream(STDERR_FILENO).is(box(sys_stderr()))) return report_uncaught(e);
  return report_uncaught(e, write_sys_stderr);
}

int finish_sys_streams(int status) {
  if (!flush_stream(STDOUT_FILENO, true)) status = 120;
  if (!flush_stream(STDERR_FILENO, false)) status = 120;
  flush_stdout();
  return status;
}

}  // namespace ingot::rt
