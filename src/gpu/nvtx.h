// Profiler labels: NVTX ranges, which Nsight Systems shows on its timeline.
// The NVTX library is opened with dlopen where present (libnvToolsExt.so.1,
// libnvtx3interop.so.1, or the file named by $INGOT_NVTX); without it the
// ranges cost a branch and do nothing.
#pragma once

namespace ingot::gpu::nvtx {

bool available();
void push(const char* name);
void pop();

class Range {
 public:
  explicit Range(const char* name) { push(name); }
  ~Range() { pop(); }
  Range(const Range&) = delete;
  Range& operator=(const Range&) = delete;
};

}  // namespace ingot::gpu::nvtx
