#include "gpu/graph.h"

#include <utility>
#include <vector>

#include "gpu/device_state.h"
#include "gpu/driver.h"
#include "gpu/stream_state.h"

namespace ingot::gpu {
namespace detail {

struct GraphState {
  GraphState(DeviceState& device, CUgraphExec exec, std::vector<std::shared_ptr<const void>> keepalive)
      : device(device), exec(exec), keepalive(std::move(keepalive)) {}
  ~GraphState() {
    // Errors are ignored: at process exit the driver may be gone first.
    driver().cuGraphExecDestroy(exec);
  }
  DeviceState& device;
  const CUgraphExec exec;
  const std::vector<std::shared_ptr<const void>> keepalive;
};

}  // namespace detail

namespace {

// Ends the capture on `stream` and hands back what it recorded.
CUgraph end_capture(detail::StreamState& stream, std::vector<std::shared_ptr<const void>>& keepalive) {
  stream.capturing = false;
  {
    std::lock_guard lock(stream.captured_mutex);
    keepalive.swap(stream.captured);
  }
  CUgraph graph = nullptr;
  INGOT_CU(cuStreamEndCapture, stream.handle, &graph);
  return graph;
}

}  // namespace

void Graph::launch(const Stream& stream) const {
  state_->device.make_current();
  INGOT_CU(cuGraphLaunch, state_->exec, stream.handle());
}

GraphCapture::GraphCapture(const Stream& stream) {
  detail::StreamState& state = stream.state();
  if (!state.handle) throw Error("graphs are captured from a created stream: CUDA cannot capture the default stream");
  if (state.capturing.exchange(true)) throw Error("the stream is already being captured");
  state.device.make_current();
  // Relaxed: the pool may call cuMemAlloc during capture, which the other
  // modes forbid; the graph records only the work enqueued on the stream.
  if (CUresult r = driver().cuStreamBeginCapture(state.handle, CaptureMode::relaxed)) {
    state.capturing = false;
    throw_driver_error("cuStreamBeginCapture", r);
  }
  stream_ = stream;
}

GraphCapture::~GraphCapture() {
  if (!stream_) return;
  try {
    std::vector<std::shared_ptr<const void>> keepalive;
    if (CUgraph graph = end_capture(stream_->state(), keepalive)) driver().cuGraphDestroy(graph);
  } catch (const Error&) {
    // An abandoned capture has nothing to report.
  }
}

Graph GraphCapture::finish() {
  if (!stream_) throw Error("this graph capture has already finished");
  Stream stream = *std::exchange(stream_, std::nullopt);
  detail::StreamState& state = stream.state();
  std::vector<std::shared_ptr<const void>> keepalive;
  CUgraph graph = end_capture(state, keepalive);
  CUgraphExec exec = nullptr;
  CUresult r = driver().cuGraphInstantiate(&exec, graph, 0);
  driver().cuGraphDestroy(graph);  // the executable graph is independent of it
  check_driver(r, "cuGraphInstantiate");
  return Graph(std::make_shared<const detail::GraphState>(state.device, exec, std::move(keepalive)));
}

}  // namespace ingot::gpu
