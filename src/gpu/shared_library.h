// Opening a shared library at run time. ingot never links the CUDA libraries,
// so that it builds and runs on machines without them; each is found here by
// trying a list of names, of which an environment variable may take the place.
#pragma once

#include <string>
#include <vector>

namespace ingot::gpu {

class SharedLibrary {
 public:
  // Opens the first of `candidates` that loads. On failure loaded() is false
  // and error() quotes what the loader said for each candidate.
  explicit SharedLibrary(const std::vector<std::string>& candidates);

  bool loaded() const { return handle_ != nullptr; }
  const std::string& name() const { return name_; }
  const std::string& error() const { return error_; }

  // The address of `symbol`, or null.
  void* symbol(const char* symbol) const;

  // The handle is never closed: the CUDA libraries register process-exit
  // handlers, and pointers into them outlive any owner we could give them.
  SharedLibrary(const SharedLibrary&) = delete;
  SharedLibrary& operator=(const SharedLibrary&) = delete;

 private:
  void* handle_ = nullptr;
  std::string name_;
  std::string error_;
};

// The names to try for a library: the value of `env_var` alone where it is
// set and not empty, else `defaults`.
std::vector<std::string> library_candidates(const char* env_var, std::vector<std::string> defaults);

}  // namespace ingot::gpu
