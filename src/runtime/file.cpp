// The stream under a file object and the file methods. open() and the
// classes are in file_open.cpp.
#include "runtime/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "runtime/exception.h"
#include "runtime/file_stream.h"
#include "runtime/os_error.h"

namespace ingot::rt {
namespace {

FileStream& stream(FileObject* f) { return *f->stream; }

// What CPython's TextIOWrapper checks first: the file is open.
FileStream& open_text_stream(FileObject* f) {
  if (f->stream->closed) raise(exc::ValueError, "I/O operation on closed file.");
  return *f->stream;
}

FileStream& text_reader(FileObject* f) {
  FileStream& s = open_text_stream(f);
  if (!s.readable) raise(exc::UnsupportedOperation, "not readable");
  s.prepare_read();
  return s;
}

FileStream& text_writer(FileObject* f) {
  FileStream& s = open_text_stream(f);
  if (!s.writable) raise(exc::UnsupportedOperation, "not writable");
  s.prepare_write();
  return s;
}

// A binary file checks the method exists for its mode (UnsupportedOperation
// naming the method), then that it is open, with the message of each method.
FileStream& binary_reader(FileObject* f, const char* closed_message) {
  FileStream& s = stream(f);
  if (!s.readable) raise(exc::UnsupportedOperation, "read");
  if (s.closed) raise(exc::ValueError, closed_message);
  s.prepare_read();
  return s;
}

FileStream& binary_writer(FileObject* f) {
  FileStream& s = stream(f);
  if (!s.writable) raise(exc::UnsupportedOperation, "write");
  if (s.closed) raise(exc::ValueError, "write to closed file");
  s.prepare_write();
  return s;
}

FileStream& open_stream(FileObject* f, const char* binary_message) {
  FileStream& s = stream(f);
  if (s.closed) raise(exc::ValueError, s.binary ? binary_message : "I/O operation on closed file.");
  return s;
}

// "\r\n" and "\r" as "\n": the universal newlines of text read in the
// default mode.
std::string translated(std::string raw) {
  if (raw.find('\r') == std::string::npos) return raw;
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '\r') {
      out += raw[i];
      continue;
    }
    out += '\n';
    if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
  }
  return out;
}

Str decoded(FileObject* f, const std::string& raw) {
  FileStream& s = stream(f);
  return decode(raw, s.codec, s.errors, f->errors);
}

// Whether a byte starts a character (text files count characters).
bool starts_character(const FileStream& s, unsigned char c) { return s.codec != Codec::utf8 || (c & 0xC0) != 0x80; }

// The bytes of the next line, its terminator translated as the newline
// mode says; at most `limit` characters (bytes for a binary file) when
// limit >= 0.
std::string read_line(FileStream& s, int64_t limit) {
  std::string line;
  int64_t count = 0;
  bool lf_ends = s.binary || (s.newline != Newline::cr && s.newline != Newline::crlf);
  bool cr_special = !s.binary && s.newline != Newline::lf;
  while (s.available() || s.fill()) {
    const char* p = s.next_bytes();
    size_t n = s.available(), i = 0;
    for (; i < n; ++i) {
      unsigned char c = p[i];
      if (limit >= 0 && (s.binary || starts_character(s, c))) {
        if (count == limit) {
          line.append(p, i);
          s.consume(i);
          return line;
        }
        ++count;
      }
      if (c == '\n' && lf_ends) {
        line.append(p, i + 1);
        s.consume(i + 1);
        return line;
      }
      if (c == '\r' && cr_special) break;
    }
    line.append(p, i);
    s.consume(i);
    if (i == n) continue;
    // A '\r': what follows decides.
    s.consume(1);
    if (s.newline == Newline::cr) return line + '\r';
    bool lf_next = (s.available() || s.fill()) && *s.next_bytes() == '\n';
    if (lf_next) s.consume(1);
    if (s.newline == Newline::universal) return line + '\n';
    if (s.newline == Newline::untranslated) return line + (lf_next ? "\r\n" : "\r");
    line += lf_next ? "\r\n" : "\r";  // crlf: only "\r\n" ends a line
    if (lf_next) return line;
  }
  return line;
}

// Up to `size` characters of text, their newlines still raw.
std::string read_characters(FileStream& s, int64_t size) {
  std::string raw;
  int64_t count = 0;
  while (count < size && (s.available() || s.fill())) {
    const char* p = s.next_bytes();
    size_t n = s.available(), i = 0;
    for (; i < n; ++i) {
      if (!starts_character(s, static_cast<unsigned char>(p[i]))) continue;
      if (count == size) break;
      ++count;
    }
    raw.append(p, i);
    s.consume(i);
  }
  // A character cut by the end of the buffer: its continuation bytes.
  while ((s.available() || s.fill()) && !starts_character(s, static_cast<unsigned char>(*s.next_bytes()))) {
    raw += *s.next_bytes();
    s.consume(1);
  }
  // "\r" then "\n" in the next read is one newline.
  if (s.newline == Newline::universal && !raw.empty() && raw.back() == '\r' && (s.available() || s.fill()) &&
      *s.next_bytes() == '\n')
    s.consume(1);
  return raw;
}

}  // namespace

Str file_read(TextFile* f, int64_t size) {
  FileStream& s = text_reader(f);
  std::string raw = size < 0 ? s.read_all() : read_characters(s, size);
  return decoded(f, s.newline == Newline::universal ? translated(std::move(raw)) : raw);
}

Bytes file_read(BinaryFile* f, int64_t size) {
  FileStream& s = binary_reader(f, "read of closed file");
  if (size < 0) return Bytes::from(s.read_all());
  while (s.available() < static_cast<size_t>(size) && s.fill()) {
  }
  size_t n = std::min(s.available(), static_cast<size_t>(size));
  Bytes out = Bytes::from(std::string_view(s.next_bytes(), n));
  s.consume(n);
  return out;
}

Str file_readline(TextFile* f, int64_t size) { return decoded(f, read_line(text_reader(f), size)); }

Bytes file_readline(BinaryFile* f, int64_t size) {
  return Bytes::from(read_line(binary_reader(f, "readline of closed file"), size));
}

namespace {
// readlines(hint): lines until their total size reaches hint (> 0).
template <typename Line, typename File, typename Size>
List<Line> read_lines(File* f, int64_t hint, Size size_of) {
  List<Line> out;
  int64_t total = 0;
  while (true) {
    Line line = file_readline(f);
    int64_t n = size_of(line);
    if (n == 0) break;
    out.append(line);
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return out;
}
}  // namespace

List<Str> file_readlines(TextFile* f, int64_t hint) {
  open_text_stream(f);
  return read_lines<Str>(f, hint, [](Str s) { return s.length(); });
}

List<Bytes> file_readlines(BinaryFile* f, int64_t hint) {
  open_stream(f, "I/O operation on closed file.");
  return read_lines<Bytes>(f, hint, [](Bytes b) { return b.size(); });
}

Int file_write(TextFile* f, Str text) {
  FileStream& s = text_writer(f);
  bool translate = s.newline == Newline::cr || s.newline == Newline::crlf;
  if (s.codec == Codec::utf8 && !translate) {
    s.write(text.view());
  } else {
    std::string raw;
    encode(text, s.codec, s.errors, raw, f->errors);
    if (translate) {
      std::string out;
      for (char c : raw) {
        if (c == '\n') out += s.newline == Newline::cr ? "\r" : "\r\n";
        else out += c;
      }
      raw = std::move(out);
    }
    s.write(raw);
  }
  return Int(text.length());
}

Int file_write(BinaryFile* f, Bytes b) {
  binary_writer(f).write(b.view());
  return Int(b.size());
}

void file_write_type_error(const FileObject* f, std::string_view type_name) {
  if (f->stream->binary) raise(exc::TypeError, "a bytes-like object is required, not '" + std::string(type_name) + "'");
  raise(exc::TypeError, "write() argument must be str, not " + std::string(type_name));
}

void file_check_writable(const FileObject* f) {
  FileObject* file = const_cast<FileObject*>(f);
  if (f->stream->binary) {
    open_stream(file, "I/O operation on closed file.");
    binary_writer(file);
  } else {
    text_writer(file);
  }
}

void print_file_items(FileObject* f, std::span<const Str> items, Str sep, Str end) {
  if (f->stream->binary) {
    // CPython's print writes str to the file: a binary file refuses it.
    FileStream& s = stream(f);
    if (!s.writable) raise(exc::UnsupportedOperation, "write");
    file_write_type_error(f, "str");
  }
  auto* text = static_cast<TextFile*>(f);
  bool first = true;
  for (Str item : items) {
    if (!first) file_write(text, sep);
    file_write(text, item);
    first = false;
  }
  file_write(text, end);
}

Int file_seek(FileObject* f, int64_t offset, int64_t whence) {
  FileStream& s = open_stream(f, "seek of closed file");
  if (!s.binary) {
    if (whence < 0 || whence > 2)
      raise(exc::ValueError, "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
    if (whence == 1 && offset != 0) raise(exc::UnsupportedOperation, "can't do nonzero cur-relative seeks");
    if (whence == 2 && offset != 0) raise(exc::UnsupportedOperation, "can't do nonzero end-relative seeks");
    if (whence == 0 && offset < 0) raise(exc::ValueError, "negative seek position " + std::to_string(offset));
  } else if (whence < 0 || whence > 2) {
    raise(exc::ValueError, "whence value " + std::to_string(whence) + " unsupported");
  }
  return Int(s.seek(offset, static_cast<int>(whence)));
}

Int file_tell(FileObject* f) { return Int(open_stream(f, "I/O operation on closed file").position()); }

Int file_truncate(FileObject* f) { return file_truncate(f, open_stream(f, "truncate of closed file").position()); }

Int file_truncate(FileObject* f, int64_t size) {
  FileStream& s = open_stream(f, "truncate of closed file");
  if (!s.writable) raise(exc::UnsupportedOperation, s.binary ? "truncate" : "not writable");
  s.prepare_write();
  s.flush();
  if (::ftruncate(s.fd, size) != 0) raise_os_error(errno);
  return Int(size);
}

void file_flush(FileObject* f) { open_stream(f, "flush of closed file").flush(); }

void file_close(FileObject* f) { stream(f).close(); }

bool file_closed(const FileObject* f) { return f->stream->closed; }

Int file_fileno(FileObject* f) { return Int(int64_t{open_stream(f, "I/O operation on closed file").fd}); }

bool file_isatty(FileObject* f) { return ::isatty(open_stream(f, "I/O operation on closed file").fd) == 1; }

bool file_readable(FileObject* f) { return open_stream(f, "I/O operation on closed file.").readable; }

bool file_writable(FileObject* f) { return open_stream(f, "I/O operation on closed file.").writable; }

bool file_seekable(FileObject* f) {
  return ::lseek(open_stream(f, "I/O operation on closed file.").fd, 0, SEEK_CUR) >= 0;
}

void file_enter(FileObject* f) {
  if (f->stream->closed) raise(exc::ValueError, "I/O operation on closed file.");
}

NextRange<FileLines<TextFile, Str>, Str> iterate(TextFile* f) {
  open_text_stream(f);
  return NextRange<FileLines<TextFile, Str>, Str>({f});
}

NextRange<FileLines<BinaryFile, Bytes>, Bytes> iterate(BinaryFile* f) {
  open_stream(f, "I/O operation on closed file.");
  return NextRange<FileLines<BinaryFile, Bytes>, Bytes>({f});
}

}  // namespace ingot::rt
