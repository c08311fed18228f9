// File objects: what open() returns. A text file (CPython's
// _io.TextIOWrapper) reads and writes strs through a codec (runtime/codec.h)
// with universal newlines; a binary file (_io.BufferedReader, Writer or
// Random by mode) reads and writes bytes. Both sit on one buffered stream
// of the OS file (file.cpp): writes collect in a 64 KiB buffer, reads fill
// one; switching between the two on a '+' file keeps the position right.
//
// CPython closes a file when its last reference goes. Here a file that is
// only the receiver of a call (`open(p, 'w').write(s)`) is closed right
// after it (TemporaryFile), a collected file by its finalizer, and every
// file is flushed when the program ends.
//
// The generated code knows a file's kind from open()'s mode literal:
// TextFile* and BinaryFile* pick the overloads below by C++ type.
#pragma once

#include <initializer_list>
#include <span>
#include <type_traits>

#include "runtime/bytes.h"
#include "runtime/dynamic_unbox.h"
#include "runtime/iteration.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

struct FileStream;  // file.cpp

extern const TypeObject text_file_type;        // _io.TextIOWrapper
extern const TypeObject buffered_reader_type;  // _io.BufferedReader ('rb')
extern const TypeObject buffered_writer_type;  // _io.BufferedWriter ('wb', 'ab', 'xb')
extern const TypeObject buffered_random_type;  // _io.BufferedRandom ('+' and 'b')
namespace exc {
extern const TypeObject UnsupportedOperation;  // io.UnsupportedOperation(OSError, ValueError)
}

struct FileObject {
  Object header;
  FileStream* stream;  // malloc'd; released by close() or the finalizer
  Value name;          // f.name: what open() was given
  Str mode;            // f.mode
  Str encoding;        // f.encoding (text files)
  Str errors;          // f.errors (text files)
};
struct TextFile : FileObject {};
struct BinaryFile : FileObject {};

// open(file, mode, buffering, encoding, errors, newline) with CPython's
// checks of the mode and arguments (ValueError, LookupError) and OSError
// for the OS's refusals. `encoding`, `errors`, `newline`: a str or None.
TextFile* open_text(Value file, Str mode, Value encoding, Value errors, Value newline);
BinaryFile* open_binary(Value file, Str mode, Value encoding, Value errors, Value newline);
// A mode the compiler could not read: either kind, boxed.
Value open_file(Value file, Str mode, Value encoding, Value errors, Value newline);
// Closes a file that no variable holds when the statement using it ends
// (or raises), as CPython's reference counting does.
struct TemporaryFile {
  FileObject* file;
  ~TemporaryFile();
};

// sys.stdin, sys.stdout, sys.stderr (std_streams.cpp).
TextFile* sys_stdin();
TextFile* sys_stdout();
TextFile* sys_stderr();

// Reads: size < 0 reads to the end.
Str file_read(TextFile* f, int64_t size = -1);
Bytes file_read(BinaryFile* f, int64_t size = -1);
Str file_readline(TextFile* f, int64_t size = -1);
Bytes file_readline(BinaryFile* f, int64_t size = -1);
List<Str> file_readlines(TextFile* f, int64_t hint = -1);
List<Bytes> file_readlines(BinaryFile* f, int64_t hint = -1);
// Writes: the number of characters (bytes) written.
Int file_write(TextFile* f, Str s);
Int file_write(BinaryFile* f, Bytes b);
// write() given an argument of the wrong type: CPython's TypeError.
[[noreturn, gnu::cold]] void file_write_type_error(const FileObject* f, std::string_view type_name);
// The checks writelines() makes before it writes each item.
void file_check_writable(const FileObject* f);
// print(*items, sep=sep, end=end, file=f).
void print_file_items(FileObject* f, std::span<const Str> items, Str sep, Str end);
inline void print_file(FileObject* f, std::initializer_list<Str> items, Str sep, Str end) {
  print_file_items(f, {items.begin(), items.size()}, sep, end);
}
// The file a Value holds, for print(file=v); CPython's AttributeError
// "'int' object has no attribute 'write'" for anything else.
FileObject* file_of(Value v);
bool is_text_file(Value v);
bool is_binary_file(Value v);

Int file_seek(FileObject* f, int64_t offset, int64_t whence = 0);
Int file_tell(FileObject* f);
Int file_truncate(FileObject* f);
Int file_truncate(FileObject* f, int64_t size);
void file_flush(FileObject* f);
void file_close(FileObject* f);
bool file_closed(const FileObject* f);
Int file_fileno(FileObject* f);
bool file_isatty(FileObject* f);
bool file_readable(FileObject* f);
bool file_writable(FileObject* f);
bool file_seekable(FileObject* f);
// `with open(...) as f`: __enter__ checks the file is open (ValueError
// "I/O operation on closed file."); __exit__ closes it.
void file_enter(FileObject* f);

Str repr(const FileObject* f);
inline Str str(const FileObject* f) { return repr(f); }
inline Value box(const FileObject* f) { return Value::of_object(&f->header); }
int64_t hash(const FileObject* f);
inline bool equal(const FileObject* a, const FileObject* b) { return a == b; }

template <>
struct Unbox<TextFile*> {
  static TextFile* from(Value v) {
    if (is_text_file(v)) [[likely]]
      return reinterpret_cast<TextFile*>(const_cast<Object*>(v.object()));
    detail::raise_unbox_error(v, "_io.TextIOWrapper");
  }
};
template <>
struct Unbox<BinaryFile*> {
  static BinaryFile* from(Value v) {
    if (is_binary_file(v)) [[likely]]
      return reinterpret_cast<BinaryFile*>(const_cast<Object*>(v.object()));
    detail::raise_unbox_error(v, "_io.BufferedIOBase");
  }
};

// `for line in f`: readline until it gives nothing; ValueError on a closed file.
template <typename File, typename Line>
struct FileLines {
  File* file;
  bool next(Line& line) {
    line = file_readline(file);
    if constexpr (std::is_same_v<Line, Str>) return !line.empty();
    else return line.size() != 0;
  }
};
NextRange<FileLines<TextFile, Str>, Str> iterate(TextFile* f);
NextRange<FileLines<BinaryFile, Bytes>, Bytes> iterate(BinaryFile* f);

}  // namespace ingot::rt
