#include "arm64/cpu_backend.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <new>
#include <thread>
#include <vector>

#include "arm64/interpreter.h"

namespace ingot::arm64 {

CpuBackend::Memory CpuBackend::zeroed(size_t bytes) {
  void* p = std::calloc(std::max<size_t>(bytes, 1), 1);
  if (!p) throw std::bad_alloc();
  return Memory(static_cast<std::byte*>(p));
}

CpuBackend::CpuBackend(const Geometry& geometry)
    : geometry_(geometry),
      layout_(geometry.cores),
      state_(zeroed(layout_.bytes)),
      memory_(zeroed(size_t(geometry.cores) * geometry.memory_size)),
      output_(zeroed(size_t(geometry.cores) * geometry.output_capacity)) {}

MachineAddresses CpuBackend::host_addresses() const {
  return {state_.get(), reinterpret_cast<u8*>(memory_.get()), reinterpret_cast<u8*>(output_.get()), nullptr};
}

double CpuBackend::run(std::span<const MicroOp> program, const ProgramImage& image) {
  auto start = std::chrono::steady_clock::now();
  MachineAddresses addresses = host_addresses();
  addresses.program = program.data();
  const MachineView view = make_view(geometry_, layout_, addresses, image);
  auto run_one = [&view](u32 core) { run_core(view, core, RegisterFile{view.registers + u64(core) * 32, 1}); };
  unsigned threads = std::min<unsigned>(std::max(1u, std::thread::hardware_concurrency()), geometry_.cores);
  if (threads == 1) {
    for (u32 core = 0; core < geometry_.cores; ++core) run_one(core);
  } else {
    // Cores run for very different times, so threads take small batches.
    constexpr u32 kBatch = 16;
    std::atomic<u32> next{0};
    auto work = [&] {
      for (u32 first; (first = next.fetch_add(kBatch)) < geometry_.cores;)
        for (u32 core = first; core < std::min(first + kBatch, geometry_.cores); ++core) run_one(core);
    };
    std::vector<std::jthread> pool;
    for (unsigned i = 1; i < threads; ++i) pool.emplace_back(work);
    work();
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace ingot::arm64
