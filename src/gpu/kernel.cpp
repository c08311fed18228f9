#include "gpu/kernel.h"

#include <atomic>

#include "gpu/device_state.h"
#include "gpu/driver.h"
#include "gpu/stream.h"
#include "gpu/stream_state.h"

namespace ingot::gpu {
namespace detail {

struct KernelState {
  DeviceState& device;
  std::shared_ptr<const void> module;
  CUfunction function;
  std::string name;
  int max_threads_per_block = 0;
  int registers = 0;
  int static_shared_bytes = 0;
  int local_bytes = 0;
  std::optional<std::vector<ParamInfo>> parameters;
  // The dynamic shared memory the kernel may use without opting in again.
  mutable std::atomic<unsigned> shared_bytes_allowed = 0;
};

}  // namespace detail

namespace {

// Without opting in, a block gets 48 KiB of shared memory, static and dynamic.
constexpr int kDefaultSharedBytes = 48 * 1024;

int function_attribute(FunctionAttribute which, CUfunction function) {
  int value = 0;
  INGOT_CU(cuFuncGetAttribute, &value, which, function);
  return value;
}

std::optional<std::vector<ParamInfo>> query_parameters(CUfunction function) {
  const DriverApi& api = driver();
  if (!api.cuFuncGetParamInfo) return std::nullopt;
  std::vector<ParamInfo> params;
  // The driver answers CUDA_ERROR_INVALID_VALUE past the last parameter.
  for (ParamInfo p; api.cuFuncGetParamInfo(function, params.size(), &p.offset, &p.size) == 0;) params.push_back(p);
  return params;
}

}  // namespace

Kernel::Kernel(detail::DeviceState& device, std::shared_ptr<const void> module, CUfunction function, std::string name) {
  using A = FunctionAttribute;
  auto state = std::make_shared<detail::KernelState>(device, std::move(module), function, std::move(name));
  state->max_threads_per_block = function_attribute(A::max_threads_per_block, function);
  state->registers = function_attribute(A::num_regs, function);
  state->static_shared_bytes = function_attribute(A::shared_size_bytes, function);
  state->local_bytes = function_attribute(A::local_size_bytes, function);
  state->parameters = query_parameters(function);
  state->shared_bytes_allowed = unsigned(std::max(0, kDefaultSharedBytes - state->static_shared_bytes));
  state_ = std::move(state);
}

const std::string& Kernel::name() const { return state_->name; }
Device Kernel::device() const { return state_->device.handle(); }
CUfunction Kernel::handle() const { return state_->function; }
int Kernel::max_threads_per_block() const { return state_->max_threads_per_block; }
int Kernel::registers() const { return state_->registers; }
int Kernel::static_shared_bytes() const { return state_->static_shared_bytes; }
int Kernel::local_bytes() const { return state_->local_bytes; }
const std::optional<std::vector<ParamInfo>>& Kernel::parameters() const { return state_->parameters; }

int Kernel::suggested_block_size(size_t dynamic_shared_bytes) const {
  state_->device.make_current();
  int min_grid = 0, block = 0;
  INGOT_CU(cuOccupancyMaxPotentialBlockSize, &min_grid, &block, state_->function, nullptr, dynamic_shared_bytes, 0);
  return block;
}

void Kernel::launch(const LaunchConfig& config, ArgPack& args, const Stream& stream) const {
  const detail::KernelState& k = *state_;
  if (k.parameters) check_arguments(k.name, *k.parameters, args);
  k.device.make_current();
  if (config.shared_bytes > k.shared_bytes_allowed.load(std::memory_order_relaxed)) {
    INGOT_CU(cuFuncSetAttribute, k.function, FunctionAttribute::max_dynamic_shared_size_bytes,
             int(config.shared_bytes));
    k.shared_bytes_allowed = config.shared_bytes;
  }
  const Dim3& g = config.grid;
  const Dim3& b = config.block;
  if (CUresult r = driver().cuLaunchKernel(k.function, g.x, g.y, g.z, b.x, b.y, b.z, config.shared_bytes,
                                           stream.handle(), args.pointers(), nullptr))
    throw_driver_error("cuLaunchKernel", r, "launching " + k.name);
  stream.keep_alive(args.keepalive());
}

void Kernel::launch(const LaunchConfig& config, ArgPack& args) const {
  launch(config, args, Stream::default_for(state_->device.handle()));
}

}  // namespace ingot::gpu
