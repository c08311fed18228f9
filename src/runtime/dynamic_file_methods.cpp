// The methods of file objects read from a Value: `stream.write(s)` where
// stream is a dyn (a StreamHandler's stream may be sys.stderr or an object
// of the program's). The typed calls are codegen/files.cpp's.
#include <string>

#include "runtime/bytes.h"
#include "runtime/dynamic_iter.h"
#include "runtime/dynamic_methods.h"
#include "runtime/exception.h"
#include "runtime/file.h"

namespace ingot::rt {
namespace {

FileObject* file(Value self) { return reinterpret_cast<FileObject*>(const_cast<Object*>(self.object())); }
bool text(Value self) { return is_text_file(self); }
TextFile* text_file(Value self) { return static_cast<TextFile*>(file(self)); }
BinaryFile* binary_file(Value self) { return static_cast<BinaryFile*>(file(self)); }

// An optional size argument: None or absent is -1.
int64_t size_argument(std::string_view name, std::span<const Value> args) {
  check_arguments(name, args, 0, 1);
  return args.empty() || args[0].is_none() ? -1 : index_argument(args[0]);
}

Value write_one(Value self, Value data) {
  if (text(self)) {
    if (&data.type() != &str_type) file_write_type_error(file(self), data.type().name);
    return box(file_write(text_file(self), data.as_str()));
  }
  if (&data.type() != &bytes_type) file_write_type_error(file(self), data.type().name);
  return box(file_write(binary_file(self), unbox<Bytes>(data)));
}

Value write(Value self, std::span<const Value> args) {
  check_one_argument("write", args);
  return write_one(self, args[0]);
}

Value writelines(Value self, std::span<const Value> args) {
  check_one_argument("writelines", args);
  file_check_writable(file(self));
  for (Value line : iterate(args[0])) write_one(self, line);
  return Value::none();
}

Value read(Value self, std::span<const Value> args) {
  int64_t size = size_argument("read", args);
  return text(self) ? box(file_read(text_file(self), size)) : box(file_read(binary_file(self), size));
}

Value readline(Value self, std::span<const Value> args) {
  int64_t size = size_argument("readline", args);
  return text(self) ? box(file_readline(text_file(self), size)) : box(file_readline(binary_file(self), size));
}

Value readlines(Value self, std::span<const Value> args) {
  int64_t hint = size_argument("readlines", args);
  return text(self) ? box(file_readlines(text_file(self), hint)) : box(file_readlines(binary_file(self), hint));
}

Value seek(Value self, std::span<const Value> args) {
  check_arguments("seek", args, 1, 2);
  return box(file_seek(file(self), index_argument(args[0]), args.size() > 1 ? index_argument(args[1]) : 0));
}

Value truncate(Value self, std::span<const Value> args) {
  int64_t size = size_argument("truncate", args);
  return box(size < 0 ? file_truncate(file(self)) : file_truncate(file(self), size));
}

Value enter(Value self, std::span<const Value> args) {
  check_no_arguments("__enter__", args);
  file_enter(file(self));
  return self;
}

Value exit(Value self, std::span<const Value>) {
  file_close(file(self));
  return Value::none();
}

// A method of no arguments returning what `f` gives, boxed.
template <Name name, auto f>
Value no_argument(Value self, std::span<const Value> args) {
  check_no_arguments(name.text, args);
  if constexpr (std::is_void_v<decltype(f(file(self)))>) return f(file(self)), Value::none();
  else return box(f(file(self)));
}

constinit const MethodDef file_table[] = {
    {"write", write},
    {"writelines", writelines},
    {"read", read},
    {"readline", readline},
    {"readlines", readlines},
    {"seek", seek},
    {"truncate", truncate},
    {"tell", no_argument<"tell", file_tell>},
    {"flush", no_argument<"flush", file_flush>},
    {"close", no_argument<"close", file_close>},
    {"fileno", no_argument<"fileno", file_fileno>},
    {"isatty", no_argument<"isatty", file_isatty>},
    {"readable", no_argument<"readable", file_readable>},
    {"writable", no_argument<"writable", file_writable>},
    {"seekable", no_argument<"seekable", file_seekable>},
    {"__enter__", enter},
    {"__exit__", exit},
};

}  // namespace

const std::span<const MethodDef> file_methods{file_table};

}  // namespace ingot::rt
