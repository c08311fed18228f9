#include "arm64/gpu_backend.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>

#include "arm64/block_translator.h"
#include "arm64/kernel_source.h"

namespace ingot::arm64 {
namespace {

gpu::Kernel compile_kernel(const gpu::Device& device, const GpuOptions& options) {
  gpu::CompileOptions compile;
  compile.program_name = "arm64_kernel.cu";
  compile.options = {"-DARM64_RECONVERGE=" + std::string(options.reconverge ? "1" : "0")};
  return gpu::Module::compile(device, kernel_source(), compile).kernel("arm64_run");
}

gpu::Buffer zeroed_shared(const gpu::Device& device, size_t bytes) {
  gpu::Buffer buffer = gpu::Buffer::shared(device, std::max<size_t>(bytes, 8));
  std::memset(buffer.host_ptr(), 0, buffer.size());
  return buffer;
}

}  // namespace

GpuBackend::GpuBackend(const Geometry& geometry, const GpuOptions& options)
    : geometry_(geometry),
      layout_(geometry.cores),
      options_(options),
      device_(options.device),
      kernel_(compile_kernel(device_, options)) {
  if (options.threads_per_block == 0 || options.threads_per_block > 256 || options.threads_per_block % 32 != 0)
    throw std::invalid_argument("threads_per_block must be a multiple of 32 up to 256");
  state_ = zeroed_shared(device_, layout_.bytes);
  memory_ = zeroed_shared(device_, size_t(geometry.cores) * geometry.memory_size);
  output_ = zeroed_shared(device_, size_t(geometry.cores) * geometry.output_capacity);
  if (!options.mapped) {
    device_state_ = gpu::Buffer::device(device_, state_.size());
    device_memory_ = gpu::Buffer::device(device_, memory_.size());
    device_output_ = gpu::Buffer::device(device_, output_.size());
  }
  program_ = gpu::Buffer::device(device_, sizeof(MicroOp));
}

MachineAddresses GpuBackend::host_addresses() const {
  return {state_.host_ptr(), reinterpret_cast<u8*>(memory_.host_ptr()), reinterpret_cast<u8*>(output_.host_ptr()),
          nullptr};
}

void GpuBackend::upload_program(std::span<const MicroOp> program) {
  if (program.size() == program_on_device_.size() &&
      std::memcmp(program.data(), program_on_device_.data(), program.size_bytes()) == 0)
    return;
  if (program_.size() < program.size_bytes()) program_ = gpu::Buffer::device(device_, program.size_bytes());
  gpu::Stream stream = gpu::Stream::default_for(device_);
  if (!program.empty()) stream.upload(program_.slice(0, program.size_bytes()), program.data());
  stream.synchronize();  // `program` may change once run() returns
  program_on_device_.assign(program.begin(), program.end());
}

bool GpuBackend::translates(const ProgramImage& image) const {
  if (image.words.empty() || options_.translation == Translation::off) return false;
  return options_.translation == Translation::on || geometry_.cores == 1;
}

const gpu::Kernel& GpuBackend::translated_kernel(const ProgramImage& image) {
  if (!translated_ || translated_start_ != image.start ||
      !std::equal(image.words.begin(), image.words.end(), translated_words_.begin(), translated_words_.end())) {
    gpu::CompileOptions compile;
    compile.program_name = "arm64_translated.cu";
    translated_ = gpu::Module::compile(device_, translate_program(image.words, image.start).source, compile)
                      .kernel(kTranslatedKernelName);
    translated_words_.assign(image.words.begin(), image.words.end());
    translated_start_ = image.start;
  }
  return *translated_;
}

double GpuBackend::run(std::span<const MicroOp> program, const ProgramImage& image) {
  const gpu::Kernel& kernel = translates(image) ? translated_kernel(image) : kernel_;
  upload_program(program);
  gpu::Stream stream = gpu::Stream::default_for(device_);
  const gpu::Buffer& state = options_.mapped ? state_ : device_state_;
  const gpu::Buffer& memory = options_.mapped ? memory_ : device_memory_;
  const gpu::Buffer& output = options_.mapped ? output_ : device_output_;
  if (!options_.mapped) {
    stream.upload(device_state_, state_.host_ptr());
    stream.upload(device_memory_, memory_.host_ptr());
    // The kernel only appends to output, so it needs no copy in.
  }
  MachineAddresses on_device{reinterpret_cast<std::byte*>(state.device_ptr()), reinterpret_cast<u8*>(memory.device_ptr()),
                             reinterpret_cast<u8*>(output.device_ptr()), reinterpret_cast<const MicroOp*>(program_.device_ptr())};
  MachineView view = make_view(geometry_, layout_, on_device, image);
  // Whole warps, since the kernel's votes name all 32 lanes.
  unsigned block = std::min<unsigned>(options_.threads_per_block, (geometry_.cores + 31) / 32 * 32);
  unsigned grid = (geometry_.cores + block - 1) / block;
  gpu::ArgPack args;
  args.add_bytes(&view, sizeof view, alignof(MachineView));
  gpu::Event start = stream.record();
  kernel.launch({{grid}, {block}, unsigned(block * 32 * sizeof(u64))}, args, stream);
  gpu::Event end = stream.record();
  if (!options_.mapped) {
    stream.download(state_.host_ptr(), device_state_);
    stream.download(memory_.host_ptr(), device_memory_);
    stream.download(output_.host_ptr(), device_output_);
  }
  stream.synchronize();
  return start.elapsed_ms(end) / 1000;
}

}  // namespace ingot::arm64
