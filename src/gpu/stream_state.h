// What the GPU layer keeps for each stream. Internal: Stream points here.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

#include "gpu/cuda_types.h"
#include "gpu/memory_pool.h"

namespace ingot::gpu::detail {

struct DeviceState;

struct StreamState {
  // `owned`: created by ingot and destroyed with this state; otherwise the
  // default stream or someone else's stream, which stays.
  StreamState(DeviceState& device, CUstream handle, StreamId id, bool owned);
  ~StreamState();
  StreamState(const StreamState&) = delete;
  StreamState& operator=(const StreamState&) = delete;

  // While a graph is being captured from this stream, the memory its work
  // uses is kept here, for the graph to keep alive.
  void keep_alive(const std::vector<std::shared_ptr<const void>>& objects);

  DeviceState& device;
  const CUstream handle;
  const StreamId id;
  const bool owned;

  std::atomic<bool> capturing = false;
  std::mutex captured_mutex;
  std::vector<std::shared_ptr<const void>> captured;
};

// A fresh id for a stream's memory-pool bins: CUstream handles are reused.
StreamId next_stream_id();

}  // namespace ingot::gpu::detail
