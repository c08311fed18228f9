#include "runtime/os_module.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <string>
#include <tuple>
#include <vector>

#include "runtime/exception.h"
#include "runtime/os_error.h"

extern char** environ;

namespace ingot::rt::os {
namespace {

std::string text(Str s) { return std::string(s.view()); }

// `call(path) != 0` as CPython's OSError naming the path.
template <typename Call>
void checked(Str path, Call call) {
  if (call(text(path).c_str()) != 0) raise_os_error(errno, path);
}

// head, tail as posixpath.split: the head keeps a root of slashes only.
std::pair<std::string_view, std::string_view> split_view(std::string_view p) {
  size_t i = p.rfind('/') + 1;  // npos + 1 == 0
  std::string_view head = p.substr(0, i), tail = p.substr(i);
  if (!head.empty() && head.find_first_not_of('/') != std::string_view::npos)
    head = head.substr(0, head.find_last_not_of('/') + 1);
  return {head, tail};
}

bool stat_path(Str path, struct stat& info, bool follow = true) {
  std::string p = text(path);
  return (follow ? ::stat(p.c_str(), &info) : ::lstat(p.c_str(), &info)) == 0;
}

}  // namespace

Str getcwd() {
  std::string buffer(PATH_MAX, '\0');
  if (!::getcwd(buffer.data(), buffer.size())) raise_os_error(errno);
  return Str::from_utf8(buffer.c_str());
}

void chdir(Str path) { checked(path, ::chdir); }

List<Str> listdir(Str path) {
  DIR* dir = ::opendir(text(path).c_str());
  if (!dir) raise_os_error(errno, path);
  List<Str> out;
  while (dirent* entry = ::readdir(dir)) {
    std::string_view name = entry->d_name;
    if (name != "." && name != "..") out.append(Str::from_utf8(name));
  }
  ::closedir(dir);
  return out;
}

void mkdir(Str path, Int mode) {
  auto bits = mode.to_int64();
  if (::mkdir(text(path).c_str(), static_cast<mode_t>(bits.value_or(0777))) != 0) raise_os_error(errno, path);
}

// os.makedirs: the missing parents first, as os.py does.
void makedirs(Str path, Int mode, bool exist_ok) {
  auto [head, tail] = split_view(path.view());
  if (tail.empty()) std::tie(head, tail) = split_view(head);
  if (!head.empty() && !tail.empty() && !path::exists(Str::from_utf8(head))) {
    try {
      makedirs(Str::from_utf8(head), mode, true);
    } catch (const PyException& e) {  // another process made it meanwhile
      if (!e.matches(exc::FileExistsError)) throw;
    }
    if (tail == ".") return;
  }
  try {
    mkdir(path, mode);
  } catch (const PyException& e) {
    if (!exist_ok || !e.matches(exc::OSError) || !path::isdir(path)) throw;
  }
}

void rmdir(Str path) { checked(path, ::rmdir); }

void remove(Str path) { checked(path, ::unlink); }

void rename(Str source, Str destination) {
  if (::rename(text(source).c_str(), text(destination).c_str()) != 0) raise_os_error(errno, source, destination);
}

void replace(Str source, Str destination) { rename(source, destination); }

Int getpid() { return Int(int64_t{::getpid()}); }

Bytes urandom(Int size) {
  auto n = size.to_int64();
  if (n && *n < 0) raise(exc::ValueError, "negative argument not allowed");
  if (!n) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  Bytes out = Bytes::allocate(*n);
  for (int64_t done = 0; done < *n;) {
    ssize_t got = ::getrandom(out.mutable_data() + done, static_cast<size_t>(*n - done), 0);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) raise_os_error(errno);
    done += got;
  }
  return out;
}

Dict<Str, Str> environ() {
  static Dict<Str, Str> variables = [] {
    Dict<Str, Str> d;
    for (char** entry = ::environ; *entry; ++entry) {
      std::string_view item = *entry;
      size_t equals = item.find('=');
      if (equals == std::string_view::npos || equals == 0) continue;
      d.set(Str::from_utf8(item.substr(0, equals)), Str::from_utf8(item.substr(equals + 1)));
    }
    return d;
  }();
  return variables;
}

Value getenv(Str key, Value fallback) {
  if (Str* value = environ().find(key)) return *value;
  return fallback;
}

namespace path {

Str join(Str first, std::initializer_list<Str> rest) {
  std::string out = text(first);
  for (Str part : rest) {
    std::string_view b = part.view();
    if (b.starts_with('/')) out = b;
    else if (out.empty() || out.back() == '/') out += b;
    else (out += '/') += b;
  }
  return Str::from_utf8(out);
}

bool exists(Str path) {
  struct stat info;
  return stat_path(path, info);
}

bool isfile(Str path) {
  struct stat info;
  return stat_path(path, info) && S_ISREG(info.st_mode);
}

bool isdir(Str path) {
  struct stat info;
  return stat_path(path, info) && S_ISDIR(info.st_mode);
}

bool islink(Str path) {
  struct stat info;
  return stat_path(path, info, false) && S_ISLNK(info.st_mode);
}

bool isabs(Str path) { return path.view().starts_with('/'); }

Int getsize(Str path) {
  struct stat info;
  if (!stat_path(path, info)) raise_os_error(errno, path);
  return Int(static_cast<int64_t>(info.st_size));
}

Str basename(Str path) { return Str::from_utf8(path.view().substr(path.view().rfind('/') + 1)); }

Str dirname(Str path) { return Str::from_utf8(split_view(path.view()).first); }

Tuple<Str, Str> split(Str path) {
  auto [head, tail] = split_view(path.view());
  return {Str::from_utf8(head), Str::from_utf8(tail)};
}

// genericpath._splitext: leading dots of the name are not an extension.
Tuple<Str, Str> splitext(Str path) {
  std::string_view p = path.view();
  size_t sep = p.rfind('/'), dot = p.rfind('.');
  size_t name = sep == std::string_view::npos ? 0 : sep + 1;
  if (dot != std::string_view::npos && (sep == std::string_view::npos || dot > sep))
    for (size_t i = name; i < dot; ++i)
      if (p[i] != '.') return {Str::from_utf8(p.substr(0, dot)), Str::from_utf8(p.substr(dot))};
  return {path, Str()};
}

Str normpath(Str path) {
  std::string_view p = path.view();
  if (p.empty()) return Str::from_ascii(".");
  size_t slashes = p.starts_with("//") && !p.starts_with("///") ? 2 : p.starts_with('/') ? 1 : 0;
  std::vector<std::string_view> parts;
  for (size_t at = 0; at <= p.size();) {
    size_t end = p.find('/', at);
    if (end == std::string_view::npos) end = p.size();
    std::string_view part = p.substr(at, end - at);
    at = end + 1;
    if (part.empty() || part == ".") continue;
    if (part != ".." || (!slashes && parts.empty()) || (!parts.empty() && parts.back() == ".."))
      parts.push_back(part);
    else if (!parts.empty())
      parts.pop_back();
  }
  std::string out(slashes, '/');
  for (size_t i = 0; i < parts.size(); ++i) (out += i ? "/" : "") += parts[i];
  return Str::from_utf8(out.empty() ? "." : out);
}

Str abspath(Str path) { return normpath(isabs(path) ? path : join(getcwd(), {path})); }

}  // namespace path

}  // namespace ingot::rt::os
