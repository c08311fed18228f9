#include "gpu/compiler.h"

#include <algorithm>

#include "gpu/error.h"
#include "gpu/nvrtc.h"

namespace ingot::gpu {
namespace {

// The value of an -arch option among `options`, or empty.
std::string_view architecture_option(const std::vector<std::string>& options) {
  for (size_t i = 0; i < options.size(); ++i) {
    std::string_view option = options[i];
    for (std::string_view flag : {"-arch", "--gpu-architecture"}) {
      if (!option.starts_with(flag)) continue;
      std::string_view rest = option.substr(flag.size());
      if (rest.empty() && i + 1 < options.size()) return options[i + 1];
      if (rest.starts_with("=")) return rest.substr(1);
    }
  }
  return {};
}

// Owns an nvrtcProgram.
class Program {
 public:
  Program(std::string_view source, const std::string& name) {
    std::string text(source);
    INGOT_NVRTC(nvrtcCreateProgram, &program_, text.c_str(), name.c_str(), 0, nullptr, nullptr);
  }
  ~Program() { nvrtc().api.nvrtcDestroyProgram(&program_); }
  Program(const Program&) = delete;
  Program& operator=(const Program&) = delete;

  nvrtcProgram get() const { return program_; }

  std::string log() const {
    size_t size = 0;
    INGOT_NVRTC(nvrtcGetProgramLogSize, program_, &size);
    std::string log(size, '\0');
    INGOT_NVRTC(nvrtcGetProgramLog, program_, log.data());
    while (!log.empty() && (log.back() == '\0' || log.back() == '\n')) log.pop_back();
    return log;
  }

 private:
  nvrtcProgram program_ = nullptr;
};

}  // namespace

Target choose_target(const CompileOptions& options, int device_architecture, std::span<const int> supported) {
  if (std::string_view chosen = architecture_option(options.options); !chosen.empty()) {
    bool real = chosen.starts_with("sm_");
    return {std::string(chosen), real ? KernelImage::Format::cubin : KernelImage::Format::ptx};
  }
  if (std::find(supported.begin(), supported.end(), device_architecture) != supported.end())
    return {"sm_" + std::to_string(device_architecture), KernelImage::Format::cubin};
  int newest = 0;
  for (int arch : supported)
    if (arch < device_architecture) newest = std::max(newest, arch);
  if (newest == 0)
    throw Error("NVRTC cannot compile for sm_" + std::to_string(device_architecture) +
                (supported.empty() ? std::string() : ": its oldest target is sm_" + std::to_string(supported.front())));
  return {"compute_" + std::to_string(newest), KernelImage::Format::ptx};
}

std::vector<std::string> nvrtc_arguments(const CompileOptions& options, const Target& target) {
  std::vector<std::string> arguments = options.options;
  if (architecture_option(options.options).empty()) arguments.push_back("-arch=" + target.architecture);
  return arguments;
}

KernelImage compile_image(std::string_view source, const CompileOptions& options, const Target& target) {
  const NvrtcApi& api = nvrtc().api;
  Program program(source, options.program_name);
  for (const std::string& expression : options.name_expressions)
    INGOT_NVRTC(nvrtcAddNameExpression, program.get(), expression.c_str());

  std::vector<std::string> arguments = nvrtc_arguments(options, target);
  std::vector<const char*> argv;
  for (const std::string& argument : arguments) argv.push_back(argument.c_str());
  nvrtcResult r = api.nvrtcCompileProgram(program.get(), int(argv.size()), argv.data());
  if (r == nvrtcResult(NvrtcStatus::compilation)) {
    std::string log = program.log();
    throw CompileError("compiling " + options.program_name + " failed:\n" + log, log);
  }
  if (r) throw_nvrtc_error("nvrtcCompileProgram", r);

  KernelImage image;
  image.format = target.format;
  size_t size = 0;
  if (target.format == KernelImage::Format::cubin) {
    INGOT_NVRTC(nvrtcGetCUBINSize, program.get(), &size);
    image.bytes.resize(size);
    INGOT_NVRTC(nvrtcGetCUBIN, program.get(), image.bytes.data());
  } else {
    INGOT_NVRTC(nvrtcGetPTXSize, program.get(), &size);
    image.bytes.resize(size);
    INGOT_NVRTC(nvrtcGetPTX, program.get(), image.bytes.data());
  }
  for (const std::string& expression : options.name_expressions) {
    const char* lowered = nullptr;
    INGOT_NVRTC(nvrtcGetLoweredName, program.get(), expression.c_str(), &lowered);
    image.lowered_names.emplace_back(expression, lowered);
  }
  return image;
}

}  // namespace ingot::gpu
