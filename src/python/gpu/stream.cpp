// Streams, events, graphs and profiler ranges.
#include <pybind11/stl.h>

#include <memory>
#include <optional>

#include "python/gpu/bindings.h"

namespace ingot::python {
namespace {

// A graph as Python builds it: `with stream.capture() as graph:` records
// the block's work on the stream, then graph.replay() runs it again.
struct PyGraph {
  gpu::Stream stream;
  std::unique_ptr<gpu::GraphCapture> capture;
  std::optional<gpu::Graph> graph;

  PyGraph& enter() {
    if (capture || graph) throw gpu::Error("a graph is captured once");
    capture = std::make_unique<gpu::GraphCapture>(stream);
    return *this;
  }

  bool exit(py::object exception_type, py::object, py::object) {
    std::unique_ptr<gpu::GraphCapture> finishing = std::move(capture);
    if (exception_type.is_none()) graph = finishing->finish();
    return false;  // an exception in the block propagates; the capture is abandoned
  }

  void replay(py::object stream_arg) {
    if (!graph) throw gpu::Error("the graph has not been captured yet");
    graph->launch(stream_or_default(stream_arg, stream.device()));
  }
};

// `with ingot.gpu.nvtx_range("name"):` labels the block in Nsight Systems.
struct NvtxRange {
  std::string name;
};

}  // namespace

const gpu::Stream& stream_of(py::handle stream) {
  static py::handle stream_type = py::type::of<gpu::Stream>();
  if (!PyObject_TypeCheck(stream.ptr(), reinterpret_cast<PyTypeObject*>(stream_type.ptr())))
    throw py::type_error("stream must be an ingot.gpu.Stream (dev.wrap_stream takes other libraries' streams)");
  return stream.cast<const gpu::Stream&>();
}

gpu::Stream stream_or_default(py::handle stream, const gpu::Device& device) {
  return stream.is_none() ? gpu::Stream::default_for(device) : stream_of(stream);
}

void bind_streams(py::module_& m, DeviceClass& device) {
  py::class_<gpu::Event>(m, "Event")
      .def(
          "record", [](const gpu::Event& e, py::object s) { e.record(stream_or_default(s, e.device())); },
          py::arg("stream") = py::none(), "Records the event on `stream` (default: the default stream).")
      .def("synchronize", &gpu::Event::synchronize, py::call_guard<py::gil_scoped_release>(),
           "Waits for the work recorded before the event.")
      .def("done", &gpu::Event::done)
      .def("elapsed_ms", &gpu::Event::elapsed_ms, py::arg("end"), "Milliseconds from this event to `end`.")
      .def_property_readonly("handle", [](const gpu::Event& e) { return reinterpret_cast<uintptr_t>(e.handle()); })
      .def_property_readonly("device", &gpu::Event::device);

  py::class_<PyGraph>(m, "Graph", "Work captured from a stream, replayed with one call.")
      .def("__enter__", &PyGraph::enter, py::return_value_policy::reference)
      .def("__exit__", &PyGraph::exit)
      .def("replay", &PyGraph::replay, py::arg("stream") = py::none(),
           "Runs the captured work on `stream` (default: the default stream).");

  py::class_<gpu::Stream>(m, "Stream")
      .def_property_readonly("handle", [](const gpu::Stream& s) { return reinterpret_cast<uintptr_t>(s.handle()); },
                             "The CUstream, as an int (0: the legacy default stream).")
      .def_property_readonly("device", &gpu::Stream::device)
      .def("synchronize", &gpu::Stream::synchronize, py::call_guard<py::gil_scoped_release>(),
           "Waits for all work enqueued so far.")
      .def("done", &gpu::Stream::done, "Whether all work enqueued so far has finished.")
      .def("wait", &gpu::Stream::wait, py::arg("event"), "Work enqueued later waits for `event`.")
      .def(
          "record",
          [](const gpu::Stream& s, std::optional<gpu::Event> event) {
            if (!event) return s.record();
            event->record(s);
            return *event;
          },
          py::arg("event") = py::none(), "Records `event` (default: a new timing event) here and returns it.")
      .def(
          "capture", [](const gpu::Stream& s) { return PyGraph{s, nullptr, std::nullopt}; },
          "`with stream.capture() as graph:` records the work the block enqueues on this stream.")
      .def("__eq__", [](const gpu::Stream& a, const gpu::Stream& b) { return a == b; })
      .def("__hash__", [](const gpu::Stream& s) { return s.id(); })
      .def("__repr__", [](const gpu::Stream& s) {
        return "<ingot.gpu.Stream " + std::to_string(reinterpret_cast<uintptr_t>(s.handle())) + ">";
      });

  device
      .def(
          "stream",
          [](const gpu::Device& d, bool non_blocking, int priority) {
            return gpu::Stream::create(d, non_blocking, priority);
          },
          py::arg("non_blocking") = true, py::arg("priority") = 0,
          "A new stream; non-blocking ones neither wait for nor hold up the default stream.")
      .def_property_readonly("default_stream", &gpu::Stream::default_for)
      .def(
          "wrap_stream",
          [](const gpu::Device& d, uintptr_t handle) {
            return gpu::Stream::wrap(d, reinterpret_cast<gpu::CUstream>(handle));
          },
          py::arg("handle"), "Another library's stream (e.g. torch.cuda.current_stream().cuda_stream).")
      .def("event", &gpu::Event::create, py::arg("timing") = true);

  py::class_<NvtxRange>(m, "nvtx_range", "`with nvtx_range(name):` labels the block for the profiler.")
      .def(py::init<std::string>(), py::arg("name"))
      .def("__enter__", [](const NvtxRange& r) { gpu::nvtx::push(r.name.c_str()); })
      .def("__exit__", [](const NvtxRange&, py::object, py::object, py::object) { gpu::nvtx::pop(); });
  m.def("nvtx_available", &gpu::nvtx::available, "Whether an NVTX library was found for nvtx_range.");
}

}  // namespace ingot::python
