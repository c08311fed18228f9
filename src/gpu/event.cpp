#include "gpu/event.h"

#include "gpu/device_state.h"
#include "gpu/driver.h"
#include "gpu/stream.h"

namespace ingot::gpu {
namespace detail {

struct EventState {
  EventState(DeviceState& device, unsigned flags) : device(device) {
    device.make_current();
    INGOT_CU(cuEventCreate, &handle, flags);
  }
  ~EventState() {
    // Errors are ignored: at process exit the driver may be gone first.
    driver().cuEventDestroy(handle);
  }
  DeviceState& device;
  CUevent handle = nullptr;
};

}  // namespace detail

Event Event::create(const Device& device, bool timing) {
  unsigned flags = timing ? event_default : event_disable_timing;
  return Event(std::make_shared<detail::EventState>(device.state(), flags));
}

void Event::record(const Stream& stream) const { INGOT_CU(cuEventRecord, state_->handle, stream.handle()); }

void Event::synchronize() const { INGOT_CU(cuEventSynchronize, state_->handle); }

bool Event::done() const {
  CUresult r = driver().cuEventQuery(state_->handle);
  if (r == CUresult(DriverStatus::not_ready)) return false;
  check_driver(r, "cuEventQuery");
  return true;
}

float Event::elapsed_ms(const Event& end) const {
  float ms = 0;
  INGOT_CU(cuEventElapsedTime, &ms, state_->handle, end.state_->handle);
  return ms;
}

CUevent Event::handle() const { return state_->handle; }
Device Event::device() const { return state_->device.handle(); }

}  // namespace ingot::gpu
