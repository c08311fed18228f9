// The OS file under a file object (file.h): a descriptor, a write buffer
// and a read buffer, each used only while the other is empty, so that the
// file's position is always the descriptor's, less what was read ahead,
// plus what waits to be written.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/codec.h"

namespace ingot::rt {

// How a text file reads and writes line ends (open()'s newline=).
enum class Newline {
  universal,     // None: reads "\r\n", "\r" and "\n" as "\n"; writes "\n"
  untranslated,  // '': lines end at any of the three, kept as they are
  lf,            // '\n'
  cr,            // '\r': "\n" written as "\r"
  crlf,          // '\r\n': "\n" written as "\r\n"
};

struct FileStream {
  static constexpr size_t kBufferSize = 1 << 16;

  int fd = -1;
  bool readable = false, writable = false, binary = false, closed = false, owns_fd = true;
  // sys.stdin/stdout/stderr (std_streams.cpp): writes go where print()'s
  // go (print.h), so the two keep their order.
  bool console = false;
  Codec codec = Codec::utf8;
  CodecErrors errors = CodecErrors::strict;
  Newline newline = Newline::universal;

  // Reading: the bytes from `consumed` on are read from fd, not yet taken.
  size_t available() const { return read_ahead_.size() - consumed_; }
  const char* next_bytes() const { return read_ahead_.data() + consumed_; }
  void consume(size_t n) { consumed_ += n; }
  bool fill();                // reads more; false at the end of the file
  std::string read_all();     // the rest of the file
  void prepare_read();        // writes what waits first
  // Writing.
  void prepare_write();       // gives back what was read ahead
  void write(std::string_view bytes);
  void flush();               // OSError if the OS refuses
  int64_t position();         // tell()
  int64_t seek(int64_t offset, int whence);
  // Flushes and closes the descriptor; the first error is raised after.
  void close();

  // Every stream still open, flushed when the program ends; streams add
  // themselves on creation.
  static void flush_all();  // at exit
  void enroll();
  void withdraw();

 private:
  std::string written_;
  std::string read_ahead_;
  size_t consumed_ = 0;
};

}  // namespace ingot::rt
