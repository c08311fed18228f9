// Streams: queues of device work that run in order. Everything that
// enqueues work (copies, fills, launches, graph replays) takes one; the
// device's default stream is CUDA's legacy stream 0, which CuPy and PyTorch
// also use by default, so work from all three is ordered without effort.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "gpu/cuda_types.h"
#include "gpu/memory_pool.h"

namespace ingot::gpu {

class Buffer;
class Device;
class Event;
namespace detail {
struct StreamState;
}

class Stream {
 public:
  // A new stream. `non_blocking`: it does not wait for, nor hold up, the
  // default stream. Lower `priority` numbers run first.
  static Stream create(const Device& device, bool non_blocking = true, int priority = 0);

  // The device's default stream.
  static Stream default_for(const Device& device);

  // A stream someone else created (CuPy's, PyTorch's ...), left to its owner.
  static Stream wrap(const Device& device, CUstream handle);

  CUstream handle() const;
  StreamId id() const;
  Device device() const;

  void synchronize() const;  // waits for all work enqueued so far
  bool done() const;         // whether that work has finished
  void wait(const Event& event) const;  // later work waits for `event`
  Event record() const;                 // a timing event, recorded here

  // Copies, enqueued. Regions are the same size (slice() a buffer for
  // less). Host memory must stay valid until the stream reaches the copy.
  void copy(const Buffer& dst, const Buffer& src) const;
  void upload(const Buffer& dst, const void* src) const;    // dst.size() bytes
  void download(void* dst, const Buffer& src) const;        // src.size() bytes
  void fill(const Buffer& dst, uint8_t byte) const;

  // Where a graph is being captured from this stream, keeps `objects` alive
  // for as long as the graph (graph.h).
  void keep_alive(const std::vector<std::shared_ptr<const void>>& objects) const;

  detail::StreamState& state() const { return *state_; }
  bool operator==(const Stream& other) const { return state_ == other.state_; }

 private:
  explicit Stream(std::shared_ptr<detail::StreamState> state) : state_(std::move(state)) {}
  std::shared_ptr<detail::StreamState> state_;
};

}  // namespace ingot::gpu
