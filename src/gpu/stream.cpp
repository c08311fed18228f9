#include "gpu/stream.h"

#include <stdexcept>
#include <string>

#include "gpu/buffer.h"
#include "gpu/device_state.h"
#include "gpu/driver.h"
#include "gpu/event.h"
#include "gpu/stream_state.h"

namespace ingot::gpu {
namespace detail {

StreamState::StreamState(DeviceState& device, CUstream handle, StreamId id, bool owned)
    : device(device), handle(handle), id(id), owned(owned) {}

StreamState::~StreamState() {
  if (id == kDefaultStreamId) return;
  // The pool may hand this stream's blocks to the default stream only once
  // the work using them is done. Errors are ignored: at process exit the
  // driver may be gone first.
  const DriverApi& api = driver();
  if (device.pool.holds(id)) {
    api.cuStreamSynchronize(handle);
    device.pool.retire_stream(id);
  }
  if (owned) api.cuStreamDestroy(handle);
}

void StreamState::keep_alive(const std::vector<std::shared_ptr<const void>>& objects) {
  if (!capturing.load(std::memory_order_relaxed)) return;
  std::lock_guard lock(captured_mutex);
  captured.insert(captured.end(), objects.begin(), objects.end());
}

StreamId next_stream_id() {
  static std::atomic<StreamId> next = kDefaultStreamId + 1;
  return next++;
}

}  // namespace detail

namespace {

void require_same_size(size_t dst, size_t src) {
  if (dst != src)
    throw std::invalid_argument("copy between regions of different sizes (" + std::to_string(dst) + " and " +
                                std::to_string(src) + " bytes)");
}

}  // namespace

Stream Stream::create(const Device& device, bool non_blocking, int priority) {
  device.state().make_current();
  CUstream handle = nullptr;
  INGOT_CU(cuStreamCreateWithPriority, &handle, non_blocking ? stream_non_blocking : stream_default, priority);
  return Stream(std::make_shared<detail::StreamState>(device.state(), handle, detail::next_stream_id(), true));
}

Stream Stream::default_for(const Device& device) { return Stream(device.state().default_stream); }

Stream Stream::wrap(const Device& device, CUstream handle) {
  if (!handle) return default_for(device);
  return Stream(std::make_shared<detail::StreamState>(device.state(), handle, detail::next_stream_id(), false));
}

CUstream Stream::handle() const { return state_->handle; }
StreamId Stream::id() const { return state_->id; }
Device Stream::device() const { return state_->device.handle(); }

void Stream::synchronize() const { INGOT_CU(cuStreamSynchronize, state_->handle); }

bool Stream::done() const {
  CUresult r = driver().cuStreamQuery(state_->handle);
  if (r == CUresult(DriverStatus::not_ready)) return false;
  check_driver(r, "cuStreamQuery");
  return true;
}

void Stream::wait(const Event& event) const { INGOT_CU(cuStreamWaitEvent, state_->handle, event.handle(), 0); }

Event Stream::record() const {
  Event event = Event::create(device());
  event.record(*this);
  return event;
}

void Stream::copy(const Buffer& dst, const Buffer& src) const {
  require_same_size(dst.size(), src.size());
  state_->device.make_current();
  INGOT_CU(cuMemcpyDtoDAsync, dst.device_ptr(), src.device_ptr(), src.size(), state_->handle);
  keep_alive({dst.keepalive(), src.keepalive()});
}

void Stream::upload(const Buffer& dst, const void* src) const {
  state_->device.make_current();
  INGOT_CU(cuMemcpyHtoDAsync, dst.device_ptr(), src, dst.size(), state_->handle);
  keep_alive({dst.keepalive()});
}

void Stream::download(void* dst, const Buffer& src) const {
  state_->device.make_current();
  INGOT_CU(cuMemcpyDtoHAsync, dst, src.device_ptr(), src.size(), state_->handle);
  keep_alive({src.keepalive()});
}

void Stream::fill(const Buffer& dst, uint8_t byte) const {
  state_->device.make_current();
  INGOT_CU(cuMemsetD8Async, dst.device_ptr(), byte, dst.size(), state_->handle);
  keep_alive({dst.keepalive()});
}

void Stream::keep_alive(const std::vector<std::shared_ptr<const void>>& objects) const { state_->keep_alive(objects); }

}  // namespace ingot::gpu
