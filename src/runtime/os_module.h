// `_ingot_os` and `_ingot_os_path`, the native part of src/stdlib/os:
// files and directories, the process's environment and identity, and
// os.path's string functions (posixpath's rules) and file tests. Errors
// are CPython's OSErrors, filename included.
#pragma once

#include <initializer_list>

#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/value.h"

namespace ingot::rt::os {

Str getcwd();
void chdir(Str path);
List<Str> listdir(Str path = Str::from_ascii("."));
void mkdir(Str path, Int mode = Int(0777));
void makedirs(Str path, Int mode = Int(0777), bool exist_ok = false);
void rmdir(Str path);
void remove(Str path);  // os.unlink too
void rename(Str source, Str destination);
void replace(Str source, Str destination);
Int getpid();
Bytes urandom(Int size);
// os.environ: a dict made from the environment when first asked for;
// os.getenv(key, default).
Dict<Str, Str> environ();
Value getenv(Str key, Value fallback = Value::none());

// os_files.cpp: an os.stat_result (a struct sequence, read dynamically)
// of the path, of its link itself (follow false), or of an open fd.
Value stat(Str path, bool follow = true);
// os.stat_result, the class.
Value stat_result_class();
// os.fspath of a value the compiler knows only at run time: a str or
// bytes itself, else what its class's __fspath__ returns.
Value fspath(Value path);
Value fstat(Int fd);
Str readlink(Str path);
bool access(Str path, Int mode);
void symlink(Str source, Str destination);
void chmod(Str path, Int mode);
void utime(Str path, Int atime_ns, Int mtime_ns);
Tuple<Int, Int, Int> disk_usage(Str path);  // statvfs's total, used, free bytes

namespace path {
Str join(Str first, std::initializer_list<Str> rest);
bool exists(Str path);
bool isfile(Str path);
bool isdir(Str path);
bool islink(Str path);
bool isabs(Str path);
Int getsize(Str path);
Str basename(Str path);
Str dirname(Str path);
Tuple<Str, Str> split(Str path);
Tuple<Str, Str> splitext(Str path);
Str normpath(Str path);
Str abspath(Str path);
}  // namespace path

}  // namespace ingot::rt::os
