#include "arm64/machine.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "arm64/predecode.h"

namespace ingot::arm64 {
namespace {

Geometry checked(const Geometry& g) {
  if (g.cores == 0) throw std::invalid_argument("a machine needs at least one core");
  if (g.memory_size < 8 || g.memory_size % 8 != 0)
    throw std::invalid_argument("memory_size must be a positive multiple of 8 bytes, not " +
                                std::to_string(g.memory_size));
  // pc and addresses are compared in 32 bits when a warp reconverges.
  if (g.memory_size > (u64(1) << 32)) throw std::invalid_argument("memory_size is at most 4 GiB per core");
  if (g.output_capacity == 0) throw std::invalid_argument("output_capacity must be positive");
  return g;
}

}  // namespace

Machine::Machine(const MachineOptions& options)
    : Machine(options.geometry, make_backend(options.backend, checked(options.geometry), options.gpu)) {}

Machine::Machine(const Geometry& geometry, std::unique_ptr<Backend> backend)
    : geometry_(checked(geometry)),
      backend_(std::move(backend)),
      view_(make_view(geometry_, StateLayout(geometry_.cores), backend_->host_addresses(), {})),
      drained_output_(geometry_.cores) {}

u8* Machine::memory(u32 core) const {
  check_core(core);
  return view_.memory + u64(core) * geometry_.memory_size;
}

void Machine::check_core(u32 core) const {
  if (core >= geometry_.cores)
    throw std::out_of_range("core " + std::to_string(core) + " of a machine of " + std::to_string(geometry_.cores));
}

void Machine::check_range(u64 address, u64 size) const {
  if (address > geometry_.memory_size || size > geometry_.memory_size - address)
    throw std::out_of_range(std::to_string(size) + " bytes at " + std::to_string(address) +
                            " do not fit in memory of " + std::to_string(geometry_.memory_size) + " bytes");
}

void Machine::load_program(std::span<const u8> code, u64 address) {
  if (address % 4 != 0) throw std::invalid_argument("a program's address must be a multiple of 4");
  check_range(address, code.size());
  for (u32 core = 0; core < geometry_.cores; ++core) {
    std::memcpy(memory(core) + address, code.data(), code.size());
    view_.private_fetch[core] = 0;
  }
  std::vector<u32> words(code.size() / 4);
  std::memcpy(words.data(), code.data(), words.size() * 4);
  program_ = predecode_program(words, address);
  image_ = {address, words.size() * 4, {}};
  words_ = std::move(words);
}

void Machine::load_program(std::span<const u8> code, u64 address, u32 core) {
  if (address % 4 != 0) throw std::invalid_argument("a program's address must be a multiple of 4");
  check_range(address, code.size());
  std::memcpy(memory(core) + address, code.data(), code.size());
  view_.private_fetch[core] = 1;
}

void Machine::write_memory(u32 core, u64 address, std::span<const u8> bytes) {
  check_range(address, bytes.size());
  std::memcpy(memory(core) + address, bytes.data(), bytes.size());
  if (address < image_.start + image_.size && address + bytes.size() > image_.start) view_.private_fetch[core] = 1;
}

std::vector<u8> Machine::read_memory(u32 core, u64 address, u64 size) const {
  check_range(address, size);
  const u8* p = memory(core) + address;
  return std::vector<u8>(p, p + size);
}

void Machine::set_pc(u32 core, u64 pc) {
  check_core(core);
  view_.pc[core] = pc;
  view_.stop_reason[core] = kNone;
  view_.stop_detail[core] = 0;
}

u32 Machine::drain_full_outputs() {
  u32 drained = 0;
  for (u32 core = 0; core < geometry_.cores; ++core) {
    if (view_.stop_reason[core] != kOutputFull) continue;
    drained_output_[core] += output(core).substr(drained_output_[core].size());
    view_.output_length[core] = 0;
    ++drained;
  }
  return drained;
}

RunSummary Machine::execute(u64 max_cycles) {
  auto start = std::chrono::steady_clock::now();
  std::vector<u64> cycles_before(view_.cycles, view_.cycles + geometry_.cores);
  for (u32 core = 0; core < geometry_.cores; ++core)
    view_.cycle_limit[core] = cycles_before[core] + std::min(max_cycles, ~u64(0) - cycles_before[core]);
  RunSummary summary;
  ProgramImage image = image_;
  image.words = words_;
  do {
    summary.run_seconds += backend_->run(program_, image);
    ++summary.launches;
  } while (drain_full_outputs() != 0);
  for (u32 core = 0; core < geometry_.cores; ++core) summary.instructions += view_.cycles[core] - cycles_before[core];
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

std::string Machine::output(u32 core) const {
  check_core(core);
  const char* buffer = reinterpret_cast<const char*>(view_.output) + u64(core) * geometry_.output_capacity;
  return drained_output_[core] + std::string(buffer, view_.output_length[core]);
}

void Machine::clear_output(u32 core) {
  check_core(core);
  drained_output_[core].clear();
  view_.output_length[core] = 0;
}

}  // namespace ingot::arm64
