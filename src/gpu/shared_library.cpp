#include "gpu/shared_library.h"

#include <dlfcn.h>

#include <cstdlib>

namespace ingot::gpu {

SharedLibrary::SharedLibrary(const std::vector<std::string>& candidates) {
  for (const std::string& candidate : candidates) {
    // RTLD_LOCAL: the CUDA libraries' symbols are reached through our tables
    // only, and must not satisfy other libraries' undefined references.
    handle_ = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle_) {
      name_ = candidate;
      error_.clear();
      return;
    }
    const char* why = dlerror();
    if (!error_.empty()) error_ += "; ";
    error_ += why ? why : candidate + ": cannot be loaded";
  }
  if (candidates.empty()) error_ = "no library names to try";
}

void* SharedLibrary::symbol(const char* symbol) const { return handle_ ? dlsym(handle_, symbol) : nullptr; }

std::vector<std::string> library_candidates(const char* env_var, std::vector<std::string> defaults) {
  const char* override = std::getenv(env_var);
  if (override && *override) return {override};
  return defaults;
}

}  // namespace ingot::gpu
