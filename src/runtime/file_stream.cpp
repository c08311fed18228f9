#include "runtime/file_stream.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <vector>

#include "runtime/os_error.h"
#include "runtime/print.h"

namespace ingot::rt {
namespace {

// Never destroyed: streams flush from an atexit handler, after which static
// destructors run in an order nothing here controls.
std::vector<FileStream*>& open_streams() {
  static auto* streams = [] {
    std::atexit(FileStream::flush_all);
    return new std::vector<FileStream*>;
  }();
  return *streams;
}

}  // namespace

bool FileStream::fill() {
  if (consumed_ > 0) {
    read_ahead_.erase(0, consumed_);
    consumed_ = 0;
  }
  size_t had = read_ahead_.size();
  read_ahead_.resize(had + kBufferSize);
  ssize_t n;
  do n = ::read(fd, read_ahead_.data() + had, kBufferSize);
  while (n < 0 && errno == EINTR);
  read_ahead_.resize(had + static_cast<size_t>(std::max<ssize_t>(n, 0)));
  if (n < 0) raise_os_error(errno);
  return n > 0;
}

std::string FileStream::read_all() {
  while (fill()) {
  }
  std::string out = read_ahead_.substr(consumed_);
  read_ahead_.clear();
  consumed_ = 0;
  return out;
}

void FileStream::prepare_read() {
  if (!written_.empty()) flush();
}

void FileStream::prepare_write() {
  if (available() > 0) ::lseek(fd, -static_cast<off_t>(available()), SEEK_CUR);
  read_ahead_.clear();
  consumed_ = 0;
}

void FileStream::write(std::string_view bytes) {
  if (console) return write_console(fd, bytes);
  written_.append(bytes);
  if (written_.size() >= kBufferSize) flush();
}

void FileStream::flush() {
  if (console) {
    if (fd == STDOUT_FILENO) flush_stdout();
    return;
  }
  size_t done = 0;
  while (done < written_.size()) {
    ssize_t n = ::write(fd, written_.data() + done, written_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error = errno;
      written_.erase(0, done);
      raise_os_error(error);
    }
    done += static_cast<size_t>(n);
  }
  written_.clear();
}

int64_t FileStream::position() {
  off_t at = ::lseek(fd, 0, SEEK_CUR);
  if (at < 0) raise_os_error(errno);
  return static_cast<int64_t>(at) - static_cast<int64_t>(available()) + static_cast<int64_t>(written_.size());
}

int64_t FileStream::seek(int64_t offset, int whence) {
  if (whence == SEEK_CUR) offset -= static_cast<int64_t>(available());
  flush();
  read_ahead_.clear();
  consumed_ = 0;
  off_t at = ::lseek(fd, offset, whence);
  if (at < 0) raise_os_error(errno);
  return at;
}

void FileStream::close() {
  if (closed) return;
  closed = true;
  withdraw();
  int error = 0;
  if (!written_.empty()) {
    size_t done = 0;
    while (done < written_.size()) {
      ssize_t n = ::write(fd, written_.data() + done, written_.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        error = errno;
        break;
      }
      done += static_cast<size_t>(n);
    }
    written_.clear();
  }
  if (owns_fd && ::close(fd) != 0 && !error) error = errno;
  read_ahead_.clear();
  read_ahead_.shrink_to_fit();
  if (error) raise_os_error(error);
}

void FileStream::flush_all() {
  for (FileStream* s : open_streams())
    if (!s->written_.empty()) try {
        s->flush();
      } catch (...) {  // at exit: the data is lost, as in CPython
      }
}

void FileStream::enroll() { open_streams().push_back(this); }

void FileStream::withdraw() {
  auto& streams = open_streams();
  streams.erase(std::remove(streams.begin(), streams.end(), this), streams.end());
}

}  // namespace ingot::rt
