#include "arm64/state_layout.h"

namespace ingot::arm64 {
namespace {

// Hands out consecutive, 8-byte aligned places in a block.
class Placer {
 public:
  size_t place(size_t bytes) {
    size_t at = next_;
    next_ = (next_ + bytes + 7) & ~size_t(7);
    return at;
  }
  size_t size() const { return next_; }

 private:
  size_t next_ = 0;
};

template <class T>
T* at(std::byte* base, size_t offset) {
  return reinterpret_cast<T*>(base + offset);
}

}  // namespace

StateLayout::StateLayout(u32 cores) {
  Placer p;
  registers = p.place(size_t(cores) * 32 * sizeof(u64));
  pc = p.place(cores * sizeof(u64));
  cycles = p.place(cores * sizeof(u64));
  cycle_limit = p.place(cores * sizeof(u64));
  stop_detail = p.place(cores * sizeof(u64));
  flags = p.place(cores * sizeof(u32));
  stop_reason = p.place(cores * sizeof(u32));
  private_fetch = p.place(cores * sizeof(u32));
  output_length = p.place(cores * sizeof(u32));
  bytes = p.size();
}

MachineView make_view(const Geometry& geometry, const StateLayout& layout, const MachineAddresses& a,
                      const ProgramImage& image) {
  MachineView v;
  v.registers = at<u64>(a.state, layout.registers);
  v.pc = at<u64>(a.state, layout.pc);
  v.cycles = at<u64>(a.state, layout.cycles);
  v.cycle_limit = at<u64>(a.state, layout.cycle_limit);
  v.stop_detail = at<u64>(a.state, layout.stop_detail);
  v.flags = at<u32>(a.state, layout.flags);
  v.stop_reason = at<u32>(a.state, layout.stop_reason);
  v.private_fetch = at<u32>(a.state, layout.private_fetch);
  v.output_length = at<u32>(a.state, layout.output_length);
  v.memory = a.memory;
  v.output = a.output;
  v.program = a.program;
  v.text_start = image.start;
  v.text_size = image.size;
  v.memory_size = geometry.memory_size;
  v.output_capacity = geometry.output_capacity;
  v.cores = geometry.cores;
  return v;
}

}  // namespace ingot::arm64
