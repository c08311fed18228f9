#include "runtime/os_error.h"

#include <cerrno>
#include <cstring>

#include "runtime/exception.h"

namespace ingot::rt {
namespace {

// CPython's errnomap (Objects/exceptions.c).
const TypeObject& os_error_class(int error) {
  switch (error) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS: return exc::BlockingIOError;
    case ECHILD: return exc::ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return exc::BrokenPipeError;
    case ECONNABORTED: return exc::ConnectionAbortedError;
    case ECONNREFUSED: return exc::ConnectionRefusedError;
    case ECONNRESET: return exc::ConnectionResetError;
    case EEXIST: return exc::FileExistsError;
    case ENOENT: return exc::FileNotFoundError;
    case EISDIR: return exc::IsADirectoryError;
    case ENOTDIR: return exc::NotADirectoryError;
    case EINTR: return exc::InterruptedError;
    case EACCES:
    case EPERM: return exc::PermissionError;
    case ESRCH: return exc::ProcessLookupError;
    case ETIMEDOUT: return exc::TimeoutError;
    default: return exc::OSError;
  }
}

ExceptionObject* os_error(int error) {
  Value args[] = {Int(int64_t{error}), Str::from_utf8(std::strerror(error))};
  return new_exception(os_error_class(error), args);
}

}  // namespace

void raise_os_error(int error) { raise(os_error(error)); }

void raise_os_error(int error, Value filename) {
  ExceptionObject* e = os_error(error);
  e->has_filename = true;
  e->filename = filename;
  raise(e);
}

void raise_os_error(int error, Value filename, Value filename2) {
  ExceptionObject* e = os_error(error);
  e->has_filename = e->has_filename2 = true;
  e->filename = filename;
  e->filename2 = filename2;
  raise(e);
}

}  // namespace ingot::rt
