// The os functions about one file's metadata: os.stat and its struct
// sequence, links, permissions, times and the file system's sizes
// (runtime/os_module.h). Kept apart from os_module.cpp so that a program
// that only lists directories links none of it.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <string>

#include "runtime/builtin_function.h"
#include "runtime/dynamic_access.h"
#include "runtime/exception.h"
#include "runtime/os_error.h"
#include "runtime/os_module.h"
#include "runtime/struct_sequence.h"

namespace ingot::rt::os {
namespace {

std::string text(Str s) { return std::string(s.view()); }

// CPython's order: the ten items (the times as whole seconds), then the
// attributes only: the times as floats and in nanoseconds, and the rest.
constexpr std::string_view kStatFields[] = {
    "st_mode",     "st_ino",      "st_dev",      "st_nlink",   "st_uid",    "st_gid",    "st_size",
    "st_atime",    "st_mtime",    "st_ctime",    "st_atime",   "st_mtime",  "st_ctime",  "st_atime_ns",
    "st_mtime_ns", "st_ctime_ns", "st_blksize",  "st_blocks",  "st_rdev"};
extern const StructSequenceType stat_result_type;
const TypeObject* const stat_result_mro[] = {&stat_result_type.type, &tuple_type, &object_type};
const StructSequenceType stat_result_type{
    {.name = "os.stat_result", .module = "os", .mro = stat_result_mro, .str = struct_sequence::repr,
     .repr = struct_sequence::repr, .equal = struct_sequence::equal, .compare = struct_sequence::compare,
     .getattr = struct_sequence::getattr, .len = struct_sequence::len, .getitem = struct_sequence::getitem,
     .iter = struct_sequence::iter},
    kStatFields,
    10};

Int whole(long long n) { return Int(static_cast<int64_t>(n)); }

// A time as CPython's fill_time gives it: float seconds and integer ns.
Value seconds(const timespec& t) { return Value::of_float(static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9); }
Int nanoseconds(const timespec& t) { return Int(static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec); }

Value stat_result(const struct stat& s) {
  Value items[] = {whole(s.st_mode),        whole(s.st_ino),          whole(static_cast<long long>(s.st_dev)),
                   whole(s.st_nlink),       whole(s.st_uid),          whole(s.st_gid),
                   whole(s.st_size),        whole(s.st_atim.tv_sec),  whole(s.st_mtim.tv_sec),
                   whole(s.st_ctim.tv_sec), seconds(s.st_atim),       seconds(s.st_mtim),
                   seconds(s.st_ctim),      nanoseconds(s.st_atim),   nanoseconds(s.st_mtim),
                   nanoseconds(s.st_ctim),  whole(s.st_blksize),      whole(s.st_blocks),
                   whole(static_cast<long long>(s.st_rdev))};
  return make_struct_sequence(stat_result_type, items);
}

// An int argument CPython takes as a C int (modes, descriptors).
int c_int(Int n) {
  auto v = n.to_int64();
  if (!v || *v > INT_MAX) raise(exc::OverflowError, "signed integer is greater than maximum");
  if (*v < INT_MIN) raise(exc::OverflowError, "signed integer is less than minimum");
  return static_cast<int>(*v);
}

}  // namespace

Value fspath(Value path) {
  auto text = [](Value v) { return !v.is_small_int() && (&v.type() == &str_type || &v.type() == &bytes_type); };
  if (text(path)) return path;
  Value method;
  if (!class_getattr(path, Str::from_ascii("__fspath__"), &method))
    raise(exc::TypeError, "expected str, bytes or os.PathLike object, not " + std::string(path.type().name));
  Value result = call(method, {});
  if (!text(result))
    raise(exc::TypeError, "expected " + std::string(path.type().name) + ".__fspath__() to return str or bytes, not " +
                              std::string(result.type().name));
  return result;
}

Value stat_result_class() { return box(builtin_class(stat_result_type.type)); }

Value stat(Str path, bool follow) {
  struct stat info;
  std::string p = text(path);
  if ((follow ? ::stat(p.c_str(), &info) : ::lstat(p.c_str(), &info)) != 0) raise_os_error(errno, path);
  return stat_result(info);
}

Value fstat(Int fd) {
  struct stat info;
  if (::fstat(c_int(fd), &info) != 0) raise_os_error(errno);
  return stat_result(info);
}

Str readlink(Str path) {
  std::string buffer(PATH_MAX, '\0');
  ssize_t n = ::readlink(text(path).c_str(), buffer.data(), buffer.size());
  if (n < 0) raise_os_error(errno, path);
  return Str::from_utf8(std::string_view(buffer.data(), static_cast<size_t>(n)));
}

bool access(Str path, Int mode) { return ::access(text(path).c_str(), c_int(mode)) == 0; }

void symlink(Str source, Str destination) {
  if (::symlink(text(source).c_str(), text(destination).c_str()) != 0) raise_os_error(errno, source, destination);
}

void chmod(Str path, Int mode) {
  if (::chmod(text(path).c_str(), static_cast<mode_t>(c_int(mode))) != 0) raise_os_error(errno, path);
}

void utime(Str path, Int atime_ns, Int mtime_ns) {
  auto split = [](Int ns) {
    auto n = ns.to_int64();
    if (!n) raise(exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
    int64_t seconds = *n / 1000000000, rest = *n % 1000000000;
    if (rest < 0) rest += 1000000000, --seconds;  // floor, as CPython splits it
    return timespec{static_cast<time_t>(seconds), static_cast<long>(rest)};
  };
  timespec times[] = {split(atime_ns), split(mtime_ns)};
  if (::utimensat(AT_FDCWD, text(path).c_str(), times, 0) != 0) raise_os_error(errno, path);
}

// shutil.disk_usage's arithmetic on statvfs: free is what an unprivileged
// user may still take, used what is taken.
Tuple<Int, Int, Int> disk_usage(Str path) {
  struct statvfs info;
  if (::statvfs(text(path).c_str(), &info) != 0) raise_os_error(errno, path);
  int64_t total = static_cast<int64_t>(info.f_blocks) * info.f_frsize;
  int64_t available = static_cast<int64_t>(info.f_bavail) * info.f_frsize;
  int64_t used = (static_cast<int64_t>(info.f_blocks) - info.f_bfree) * info.f_frsize;
  return {Int(total), Int(used), Int(available)};
}

}  // namespace ingot::rt::os
