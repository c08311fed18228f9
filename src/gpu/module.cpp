#include "gpu/module.h"

#include <cstdint>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>

#include "gpu/device_state.h"
#include "gpu/driver.h"
#include "gpu/kernel_cache.h"
#include "gpu/nvrtc.h"
#include "gpu/nvtx.h"

namespace ingot::gpu {
namespace detail {

struct ModuleState {
  ModuleState(DeviceState& device, CUmodule handle, std::vector<std::pair<std::string, std::string>> lowered_names)
      : device(device), handle(handle), lowered_names(std::move(lowered_names)) {}
  ~ModuleState() {
    // Errors are ignored: at process exit the driver may be gone first.
    driver().cuModuleUnload(handle);
  }
  DeviceState& device;
  const CUmodule handle;
  const std::vector<std::pair<std::string, std::string>> lowered_names;
};

}  // namespace detail

namespace {

// `image` ends with a NUL, which PTX needs and binaries ignore.
std::shared_ptr<const detail::ModuleState> load_image(detail::DeviceState& device, const std::string& image,
                                                      std::vector<std::pair<std::string, std::string>> lowered_names) {
  device.make_current();
  // The driver's own words on PTX it rejects, which the error code lacks.
  char log[4096] = {};
  JitOption keys[] = {JitOption::error_log_buffer, JitOption::error_log_buffer_size_bytes};
  void* values[] = {log, reinterpret_cast<void*>(uintptr_t(sizeof log))};
  CUmodule handle = nullptr;
  if (CUresult r = driver().cuModuleLoadDataEx(&handle, image.c_str(), 2, keys, values))
    throw_driver_error("cuModuleLoadDataEx", r, log);
  return std::make_shared<const detail::ModuleState>(device, handle, std::move(lowered_names));
}

}  // namespace

Module Module::compile(const Device& device, std::string_view source, const CompileOptions& options) {
  const NvrtcLoad& compiler = nvrtc();
  Target target = choose_target(options, device.properties().architecture(), compiler.architectures);
  std::string key = kernel_cache_key(source, options, compiler.version, target);
  detail::DeviceState& state = device.state();
  if (options.use_cache) {
    std::lock_guard lock(state.compiled_mutex);
    if (auto it = state.compiled.find(key); it != state.compiled.end()) return Module(it->second);
  }
  std::optional<KernelCache> disk;
  if (auto directory = KernelCache::default_directory(); directory && options.use_cache) disk.emplace(*directory);
  std::optional<KernelImage> image = disk ? disk->load(key) : std::nullopt;
  if (!image) {
    nvtx::Range range("ingot.gpu: NVRTC compile");
    image = compile_image(source, options, target);
    if (disk) disk->store(key, *image);
  }
  Module module = from_image(device, *image);
  if (options.use_cache) {
    std::lock_guard lock(state.compiled_mutex);
    state.compiled.emplace(key, module.state_);
  }
  return module;
}

Module Module::load(const Device& device, const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw Error("cannot read " + path.string());
  std::string image((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  return Module(load_image(device.state(), image, {}));
}

Module Module::from_image(const Device& device, const KernelImage& image) {
  return Module(load_image(device.state(), image.bytes, image.lowered_names));
}

Kernel Module::kernel(std::string_view name) const {
  std::string symbol(lowered_name(name));
  if (symbol.empty()) symbol = name;
  CUfunction function = nullptr;
  if (CUresult r = driver().cuModuleGetFunction(&function, state_->handle, symbol.c_str())) {
    throw_driver_error("cuModuleGetFunction", r,
                       "no kernel named '" + std::string(name) +
                           "': a kernel is found by the name of an extern \"C\" function or by a name expression "
                           "given when compiling");
  }
  return Kernel(state_->device, state_, function, std::string(name));
}

std::string_view Module::lowered_name(std::string_view expression) const {
  for (const auto& [name, lowered] : state_->lowered_names)
    if (name == expression) return lowered;
  return {};
}

}  // namespace ingot::gpu
