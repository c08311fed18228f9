// open(): CPython's checks of the mode and arguments (Modules/_io/_iomodule.c
// and fileio.c), the OS call, and the classes of the file objects.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "runtime/dynamic_access.h"
#include "runtime/dynamic_methods.h"
#include "runtime/exception.h"
#include "runtime/file.h"
#include "runtime/file_stream.h"
#include "runtime/memory.h"
#include "runtime/os_error.h"
#include "runtime/protocol.h"
#include "runtime/str.h"

namespace ingot::rt {
namespace {

Str file_repr_slot(const Object* o) { return repr(reinterpret_cast<const FileObject*>(o)); }
int64_t file_hash_slot(const Object* o) { return hash(reinterpret_cast<const FileObject*>(o)); }

bool file_getattr_slot(const Object* o, Str name, Value* out) {
  auto* f = reinterpret_cast<const FileObject*>(o);
  std::string_view n = name.view();
  bool text = o->type == &text_file_type;
  if (n == "closed") *out = Value::of_bool(file_closed(f));
  else if (n == "name") *out = f->name;
  else if (n == "mode") *out = f->mode;
  else if (n == "encoding" && text) *out = f->encoding;
  else if (n == "errors" && text) *out = f->errors;
  else return bind_builtin_method(Value::of_object(o), file_methods, name, out);
  return true;
}

// A file is its own iterator: next() is readline() until it gives nothing.
Value file_iter_slot(const Object* o) {
  Value self = Value::of_object(o);
  if (file_closed(reinterpret_cast<const FileObject*>(o))) raise(exc::ValueError, "I/O operation on closed file.");
  return self;
}
bool file_next_slot(const Object* o, Value* out) {
  auto* f = const_cast<FileObject*>(reinterpret_cast<const FileObject*>(o));
  if (o->type == &text_file_type) {
    Str line = file_readline(static_cast<TextFile*>(f));
    *out = line;
    return !line.empty();
  }
  Bytes line = file_readline(static_cast<BinaryFile*>(f));
  *out = box(line);
  return line.size() != 0;
}

Str exception_str_slot(const Object* o) { return exception_str(reinterpret_cast<const ExceptionObject*>(o)); }
Str exception_repr_slot(const Object* o) { return exception_repr(reinterpret_cast<const ExceptionObject*>(o)); }

const TypeObject* const text_file_type_mro[] = {&text_file_type, &object_type};
const TypeObject* const buffered_reader_type_mro[] = {&buffered_reader_type, &object_type};
const TypeObject* const buffered_writer_type_mro[] = {&buffered_writer_type, &object_type};
const TypeObject* const buffered_random_type_mro[] = {&buffered_random_type, &object_type};
const TypeObject* const unsupported_operation_mro[] = {&exc::UnsupportedOperation, &exc::OSError, &exc::ValueError,
                                                       &exc::Exception, &exc::BaseException, &object_type};

struct Mode {
  bool reading = false, writing = false, appending = false, creating = false, updating = false, binary = false;
};

Mode parse_mode(Str mode) {
  Mode m;
  bool text = false;
  std::string seen;
  auto invalid = [&] { raise(exc::ValueError, "invalid mode: " + std::string(repr(mode).view())); };
  for (char c : mode.view()) {
    if (seen.find(c) != std::string::npos) invalid();
    seen += c;
    switch (c) {
      case 'r': m.reading = true; break;
      case 'w': m.writing = true; break;
      case 'a': m.appending = true; break;
      case 'x': m.creating = true; break;
      case '+': m.updating = true; break;
      case 'b': m.binary = true; break;
      case 't': text = true; break;
      default: invalid();
    }
  }
  if (text && m.binary) raise(exc::ValueError, "can't have text and binary mode at once");
  if (m.reading + m.writing + m.appending + m.creating > 1)
    raise(exc::ValueError, "must have exactly one of create/read/write/append mode");
  return m;
}

// An optional str argument of open(): nullopt for None.
std::optional<Str> optional_str(Value v, const char* parameter) {
  if (v.is_none()) return std::nullopt;
  if (&v.type() != &str_type)
    raise(exc::TypeError, std::string("open() argument '") + parameter + "' must be str or None, not " +
                              std::string(v.type().name));
  return v.as_str();
}

Newline parse_newline(std::optional<Str> newline) {
  if (!newline) return Newline::universal;
  std::string_view n = newline->view();
  if (n.empty()) return Newline::untranslated;
  if (n == "\n") return Newline::lf;
  if (n == "\r") return Newline::cr;
  if (n == "\r\n") return Newline::crlf;
  raise(exc::ValueError, "illegal newline value: " + std::string(n));
}

void finalize(void* object, void*) {
  auto* f = static_cast<FileObject*>(object);
  try {
    f->stream->close();
  } catch (...) {  // CPython reports a failed close of a collected file and goes on
  }
  delete f->stream;
}

int open_descriptor(Value file, const std::string& path, int flags) {
  for (int attempt = 0;; ++attempt) {
    int fd = ::open(path.c_str(), flags | O_CLOEXEC, 0666);
    if (fd >= 0) return fd;
    int error = errno;
    if (error == EINTR) continue;
    // Out of descriptors: files nobody can reach any more still hold some
    // (CPython would have closed them as their last reference went).
    if ((error == EMFILE || error == ENFILE) && attempt == 0) {
      GC_gcollect();
      GC_invoke_finalizers();
      continue;
    }
    raise_os_error(error, file);
  }
}

FileObject* open_any(Value file, Str mode_text, Value encoding_value, Value errors_value, Value newline_value) {
  Mode mode = parse_mode(mode_text);
  std::optional<Str> encoding = optional_str(encoding_value, "encoding");
  std::optional<Str> errors = optional_str(errors_value, "errors");
  std::optional<Str> newline = optional_str(newline_value, "newline");
  if (mode.binary && encoding) raise(exc::ValueError, "binary mode doesn't take an encoding argument");
  if (mode.binary && errors) raise(exc::ValueError, "binary mode doesn't take an errors argument");
  if (mode.binary && newline) raise(exc::ValueError, "binary mode doesn't take a newline argument");
  Newline newline_mode = parse_newline(newline);
  if (!mode.reading && !mode.writing && !mode.appending && !mode.creating)  // FileIO's own check, later
    raise(exc::ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  Codec codec = mode.binary || !encoding ? Codec::utf8 : find_codec(*encoding);
  // Lines are found in the raw bytes, which needs a codec that keeps ASCII.
  if (codec == Codec::utf16 || codec == Codec::utf16le || codec == Codec::utf16be)
    raise(exc::NotImplementedError, "text files in UTF-16 are not supported yet");

  // An os.PathLike of the program's classes (pathlib's paths): opened by
  // the str or bytes its __fspath__ returns, which the errors then name.
  Value fspath;
  if (!file.is_small_int() && &file.type() != &str_type && &file.type() != &bytes_type &&
      class_getattr(file, Str::from_ascii("__fspath__"), &fspath)) {
    Value path = call(fspath, {});
    if (&path.type() != &str_type && &path.type() != &bytes_type)
      raise(exc::TypeError, "expected " + std::string(file.type().name) + ".__fspath__() to return str or bytes, not " +
                                std::string(path.type().name));
    file = path;
  }
  int fd;
  if (file.is_small_int()) {
    fd = static_cast<int>(file.as_int().small());
  } else if (&file.type() == &str_type || &file.type() == &bytes_type) {
    std::string path(&file.type() == &str_type ? file.as_str().view()
                                               : Bytes(reinterpret_cast<const BytesObject*>(file.object())).view());
    int flags = mode.updating ? O_RDWR : mode.reading ? O_RDONLY : O_WRONLY;
    if (mode.writing) flags |= O_CREAT | O_TRUNC;
    if (mode.creating) flags |= O_CREAT | O_EXCL;
    if (mode.appending) flags |= O_CREAT | O_APPEND;
    fd = open_descriptor(file, path, flags);
    struct stat info;
    if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
      ::close(fd);
      raise_os_error(EISDIR, file);
    }
  } else {
    raise(exc::TypeError, "expected str, bytes or os.PathLike object, not " + std::string(file.type().name));
  }
  if (mode.appending) ::lseek(fd, 0, SEEK_END);

  auto* stream = new FileStream;
  stream->fd = fd;
    stream->readable = mode.reading || mode.updating;
  stream->writable = !mode.reading || mode.updating;
  stream->binary = mode.binary;
  stream->codec = codec;
  stream->errors = errors ? find_errors(*errors) : CodecErrors::strict;
  stream->newline = newline_mode;
  stream->enroll();

  auto* f = static_cast<FileObject*>(gc_alloc(sizeof(FileObject)));
  f->stream = stream;
  f->name = file;
  f->encoding = encoding ? *encoding : Str::from_ascii("UTF-8");
  f->errors = errors ? *errors : Str::from_ascii("strict");
  if (!mode.binary) {
    f->header.type = &text_file_type;
    f->mode = mode_text;
  } else {
    f->header.type = mode.updating ? &buffered_random_type : mode.reading ? &buffered_reader_type : &buffered_writer_type;
    const char* kind = mode.creating ? "xb" : mode.appending ? "ab" : mode.reading || mode.updating ? "rb" : "wb";
    f->mode = Str::from_ascii(std::string(kind) + (mode.updating ? "+" : ""));
  }
  GC_REGISTER_FINALIZER(f, finalize, nullptr, nullptr, nullptr);
  return f;
}

}  // namespace

#define FILE_CLASS(variable, python_name)     \
  const TypeObject variable{.name = python_name, \
                            .module = "_io",     \
                            .mro = variable##_mro, \
                            .str = file_repr_slot, \
                            .repr = file_repr_slot, \
                            .hash = file_hash_slot, \
                            .getattr = file_getattr_slot, \
                            .iter = file_iter_slot, \
                            .next = file_next_slot};
FILE_CLASS(text_file_type, "TextIOWrapper")
FILE_CLASS(buffered_reader_type, "BufferedReader")
FILE_CLASS(buffered_writer_type, "BufferedWriter")
FILE_CLASS(buffered_random_type, "BufferedRandom")
#undef FILE_CLASS

namespace exc {
const TypeObject UnsupportedOperation{.name = "UnsupportedOperation",
                                      .module = "io",
                                      .mro = unsupported_operation_mro,
                                      .str = exception_str_slot,
                                      .repr = exception_repr_slot,
                                      .getattr = exception_getattr};
}  // namespace exc

TextFile* open_text(Value file, Str mode, Value encoding, Value errors, Value newline) {
  FileObject* f = open_any(file, mode, encoding, errors, newline);
  if (f->stream->binary) raise(exc::TypeError, "open(): a binary mode where text was expected");
  return static_cast<TextFile*>(f);
}

BinaryFile* open_binary(Value file, Str mode, Value encoding, Value errors, Value newline) {
  FileObject* f = open_any(file, mode, encoding, errors, newline);
  if (!f->stream->binary) raise(exc::TypeError, "open(): a text mode where binary was expected");
  return static_cast<BinaryFile*>(f);
}

Value open_file(Value file, Str mode, Value encoding, Value errors, Value newline) {
  return box(open_any(file, mode, encoding, errors, newline));
}

TemporaryFile::~TemporaryFile() {
  try {
    file->stream->close();
  } catch (...) {  // an exception is already on its way, or CPython would report this one as unraisable
  }
}

bool is_text_file(Value v) { return !v.is_small_int() && v.object()->type == &text_file_type; }

bool is_binary_file(Value v) {
  const TypeObject* type = v.is_small_int() ? nullptr : v.object()->type;
  return type == &buffered_reader_type || type == &buffered_writer_type || type == &buffered_random_type;
}

FileObject* file_of(Value v) {
  if (!is_text_file(v) && !is_binary_file(v))
    raise(exc::AttributeError, "'" + std::string(v.type().name) + "' object has no attribute 'write'");
  return reinterpret_cast<FileObject*>(const_cast<Object*>(v.object()));
}

Str repr(const FileObject* f) {
  std::string out = "<_io." + std::string(f->header.type->name) + " name=" + std::string(repr(f->name).view());
  if (f->header.type == &text_file_type)
    out += " mode=" + std::string(repr(f->mode).view()) + " encoding=" + std::string(repr(f->encoding).view());
  return Str::from_utf8(out + ">");
}

int64_t hash(const FileObject* f) { return static_cast<int64_t>(reinterpret_cast<uintptr_t>(f) >> 4); }

}  // namespace ingot::rt
