// CUDA events: points in a stream's work to wait for, order other streams
// after, or time.
#pragma once

#include <memory>

#include "gpu/cuda_types.h"

namespace ingot::gpu {

class Device;
class Stream;
namespace detail {
struct EventState;
}

class Event {
 public:
  // `timing`: whether elapsed_ms() works; events without it are cheaper to
  // record and wait on.
  static Event create(const Device& device, bool timing = true);

  void record(const Stream& stream) const;
  void synchronize() const;  // waits for the work recorded before it
  bool done() const;         // whether that work has finished

  // Milliseconds from this event to `end`, both recorded and done.
  float elapsed_ms(const Event& end) const;

  CUevent handle() const;
  Device device() const;

 private:
  explicit Event(std::shared_ptr<detail::EventState> state) : state_(std::move(state)) {}
  std::shared_ptr<detail::EventState> state_;
};

}  // namespace ingot::gpu
