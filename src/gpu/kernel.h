// A kernel in a loaded module, and launching it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gpu/arg_pack.h"
#include "gpu/cuda_types.h"

namespace ingot::gpu {

class Device;
class Stream;
namespace detail {
struct DeviceState;
struct KernelState;
}

struct Dim3 {
  unsigned x = 1, y = 1, z = 1;
};

struct LaunchConfig {
  Dim3 grid;
  Dim3 block;
  unsigned shared_bytes = 0;  // dynamic shared memory per block
};

class Kernel {
 public:
  const std::string& name() const;
  Device device() const;
  CUfunction handle() const;
  int max_threads_per_block() const;
  int registers() const;            // per thread
  int static_shared_bytes() const;  // per block
  int local_bytes() const;          // per thread: spills and local arrays

  // The parameters' offsets and sizes, where the driver can tell (CUDA 12.4
  // and later); launches are then checked against them.
  const std::optional<std::vector<ParamInfo>>& parameters() const;

  // The block size at which the kernel keeps the most threads resident.
  int suggested_block_size(size_t dynamic_shared_bytes = 0) const;

  // Enqueues the kernel on `stream`, or the device's default stream. Asking
  // for more than 48 KiB of dynamic shared memory opts the kernel in first.
  void launch(const LaunchConfig& config, ArgPack& args, const Stream& stream) const;
  void launch(const LaunchConfig& config, ArgPack& args) const;

  template <class... Args>
  void operator()(const LaunchConfig& config, const Stream& stream, const Args&... args) const {
    ArgPack pack;
    (pack.add(args), ...);
    launch(config, pack, stream);
  }

 private:
  friend class Module;
  // `module` keeps the module that holds `function` loaded.
  Kernel(detail::DeviceState& device, std::shared_ptr<const void> module, CUfunction function, std::string name);

  std::shared_ptr<const detail::KernelState> state_;
};

}  // namespace ingot::gpu
