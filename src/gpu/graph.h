// CUDA graphs: a sequence of launches and copies captured once from a stream,
// then replayed with one call, which costs the host far less than issuing
// the work again.
//
//   GraphCapture capture(stream);
//   kernel.launch(config, args, stream);   // recorded, not run
//   Graph graph = capture.finish();
//   graph.launch(stream);                  // runs it; as often as wanted
//
// A graph keeps alive the buffers its work was given, so replaying one never
// touches freed memory; it replays the addresses captured, not the buffers'
// contents at capture time.
#pragma once

#include <memory>
#include <optional>

#include "gpu/stream.h"

namespace ingot::gpu {

namespace detail {
struct GraphState;
}

class Graph {
 public:
  void launch(const Stream& stream) const;

 private:
  friend class GraphCapture;
  explicit Graph(std::shared_ptr<const detail::GraphState> state) : state_(std::move(state)) {}
  std::shared_ptr<const detail::GraphState> state_;
};

class GraphCapture {
 public:
  // Starts recording `stream`, which must be one created with
  // Stream::create: CUDA cannot capture the legacy default stream.
  explicit GraphCapture(const Stream& stream);

  // Ends recording; abandons it if finish() was not called.
  ~GraphCapture();

  Graph finish();

  GraphCapture(const GraphCapture&) = delete;
  GraphCapture& operator=(const GraphCapture&) = delete;

 private:
  std::optional<Stream> stream_;
};

}  // namespace ingot::gpu
