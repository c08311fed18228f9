// The os module's native part: files and directories, the process's
// environment and identity, and os.path's string functions (posixpath's
// rules) and file tests. Errors are CPython's OSErrors, filename included.
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
