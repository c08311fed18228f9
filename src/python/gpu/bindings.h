// What the files of the ingot.gpu extension share: each binds one part of
// the GPU layer (gpu/*.h) in a pythonic shape.
#pragma once

#include <pybind11/pybind11.h>

#include <vector>

#include "gpu/gpu.h"

namespace ingot::python {

namespace py = pybind11;

// A Buffer as Python sees it: the memory, and how to read it as an array
// (a numpy dtype and a shape covering exactly its bytes; uint8 by default).
// DeviceBuffer and SharedBuffer are the Python classes; only a shared buffer
// offers the buffer protocol, since only its bytes are in host memory.
struct PyBuffer {
  gpu::Buffer buffer;
  py::object dtype;
  std::vector<py::ssize_t> shape;
};
struct PyDeviceBuffer : PyBuffer {};
struct PySharedBuffer : PyBuffer {};

// numpy, imported on first use.
py::module_& numpy();

// A Python object for `buffer` viewed as `dtype` (a numpy dtype or anything
// numpy.dtype accepts) and `shape` (None: as many elements as fit, exactly).
py::object wrap_buffer(gpu::Buffer buffer, py::object dtype, py::object shape);

// `stream`, which must be a Stream.
const gpu::Stream& stream_of(py::handle stream);

// `stream`, or the device's default stream where it is None.
gpu::Stream stream_or_default(py::handle stream, const gpu::Device& device);

// Holds a Python object's bytes through the buffer protocol.
class HostBytes {
 public:
  HostBytes(py::handle object, bool writable);
  ~HostBytes() { PyBuffer_Release(&view_); }
  HostBytes(const HostBytes&) = delete;
  HostBytes& operator=(const HostBytes&) = delete;

  std::byte* data() const { return static_cast<std::byte*>(view_.buf); }
  size_t size() const { return size_t(view_.len); }

 private:
  Py_buffer view_;
};

// Each adds its part's classes to `m`, and its methods to Device.
using DeviceClass = py::class_<gpu::Device>;
void bind_errors(py::module_& m);
DeviceClass bind_devices(py::module_& m);
void bind_buffers(py::module_& m, DeviceClass& device);
void bind_interop(py::class_<PyBuffer>& buffer);
void bind_kernels(py::module_& m, DeviceClass& device);
void bind_streams(py::module_& m, DeviceClass& device);

}  // namespace ingot::python
