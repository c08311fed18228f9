// Buffers: device memory and zero-copy shared memory, their numpy views and
// copies to and from host memory.
#include <pybind11/stl.h>

#include <numeric>

#include "python/gpu/bindings.h"

namespace ingot::python {
namespace {

py::ssize_t element_count(const std::vector<py::ssize_t>& shape) {
  return std::accumulate(shape.begin(), shape.end(), py::ssize_t(1), std::multiplies<>());
}

std::vector<py::ssize_t> shape_of(py::object shape) {
  if (py::isinstance<py::int_>(shape)) return {shape.cast<py::ssize_t>()};
  return shape.cast<std::vector<py::ssize_t>>();
}

py::tuple shape_tuple(const std::vector<py::ssize_t>& shape) {
  py::tuple out(shape.size());
  for (size_t i = 0; i < shape.size(); ++i) out[i] = shape[i];
  return out;
}

// The numpy array for `self`'s bytes: a zero-copy view of a shared buffer.
py::object numpy_view(py::object self, py::object dtype, py::object shape) {
  PySharedBuffer& buffer = self.cast<PySharedBuffer&>();
  py::object typed = wrap_buffer(buffer.buffer, dtype.is_none() ? buffer.dtype : dtype,
                                 shape.is_none() && dtype.is_none() ? shape_tuple(buffer.shape) : shape);
  PyBuffer& view = typed.cast<PyBuffer&>();
  return numpy()
      .attr("frombuffer")(self, view.dtype, element_count(view.shape))
      .attr("reshape")(shape_tuple(view.shape));
}

void copy_from(PyBuffer& self, py::object source, py::object stream_arg) {
  gpu::Stream stream = stream_or_default(stream_arg, self.buffer.device());
  if (py::isinstance<PyBuffer>(source)) {
    stream.copy(self.buffer, source.cast<PyBuffer&>().buffer);
    return;
  }
  HostBytes bytes(source, false);
  if (bytes.size() != self.buffer.size())
    throw std::invalid_argument("copy of " + std::to_string(bytes.size()) + " bytes into a buffer of " +
                                std::to_string(self.buffer.size()));
  py::gil_scoped_release unlocked;
  stream.upload(self.buffer, bytes.data());
  stream.synchronize();
}

py::object to_host(const PyBuffer& self, py::object stream_arg) {
  gpu::Stream stream = stream_or_default(stream_arg, self.buffer.device());
  py::object array = numpy().attr("empty")(shape_tuple(self.shape), self.dtype);
  HostBytes bytes(array, true);
  py::gil_scoped_release unlocked;
  stream.download(bytes.data(), self.buffer);
  stream.synchronize();
  return array;
}

py::object upload(const gpu::Device& device, py::object array, py::object stream_arg) {
  py::object contiguous = numpy().attr("ascontiguousarray")(array);
  py::object buffer = wrap_buffer(gpu::Buffer::device(device, contiguous.attr("nbytes").cast<size_t>()),
                                  contiguous.attr("dtype"), contiguous.attr("shape"));
  copy_from(buffer.cast<PyBuffer&>(), contiguous, stream_arg);
  return buffer;
}

std::string describe(const PyBuffer& self, const char* kind) {
  return std::string("<ingot.gpu.") + kind + " of " + std::to_string(self.buffer.size()) + " bytes as " +
         py::str(self.dtype).cast<std::string>() + py::str(shape_tuple(self.shape)).cast<std::string>() + ">";
}

}  // namespace

py::module_& numpy() {
  static py::module_* module = new py::module_(py::module_::import("numpy"));
  return *module;
}

namespace {

// numpy.dtype, and numpy's uint8 dtype: raw bytes.
py::object dtype_type() {
  static py::object* type = new py::object(numpy().attr("dtype"));
  return *type;
}

py::object bytes_dtype() {
  static py::object* uint8 = new py::object(dtype_type()("uint8"));
  return *uint8;
}

}  // namespace

py::object wrap_buffer(gpu::Buffer buffer, py::object dtype_arg, py::object shape_arg) {
  py::object dtype = py::isinstance(dtype_arg, dtype_type()) ? py::reinterpret_borrow<py::object>(dtype_arg)
                                                               : dtype_type()(dtype_arg);
  auto itemsize = dtype.attr("itemsize").cast<py::ssize_t>();
  auto nbytes = py::ssize_t(buffer.size());
  std::vector<py::ssize_t> shape;
  if (shape_arg.is_none()) {
    if (itemsize == 0 || nbytes % itemsize != 0)
      throw std::invalid_argument(std::to_string(nbytes) + " bytes are not a whole number of " +
                                  py::str(dtype).cast<std::string>());
    shape = {nbytes / itemsize};
  } else {
    shape = shape_of(shape_arg);
    if (element_count(shape) * itemsize != nbytes)
      throw std::invalid_argument("shape " + py::str(shape_arg).cast<std::string>() + " of " +
                                  py::str(dtype).cast<std::string>() + " does not cover exactly " +
                                  std::to_string(nbytes) + " bytes; slice() the buffer first");
  }
  if (buffer.is_shared()) return py::cast(PySharedBuffer{{std::move(buffer), dtype, shape}});
  return py::cast(PyDeviceBuffer{{std::move(buffer), dtype, shape}});
}

HostBytes::HostBytes(py::handle object, bool writable) {
  int flags = PyBUF_C_CONTIGUOUS | (writable ? PyBUF_WRITABLE : 0);
  if (PyObject_GetBuffer(object.ptr(), &view_, flags) != 0) throw py::error_already_set();
}

void bind_buffers(py::module_& m, DeviceClass& device) {
  py::class_<PyBuffer> buffer(m, "Buffer",
                              "GPU memory. Its dtype and shape say how numpy, CuPy and PyTorch read it "
                              "(uint8 bytes until view() says otherwise).");
  buffer.def_property_readonly("nbytes", [](const PyBuffer& b) { return b.buffer.size(); })
      .def_property_readonly("ptr", [](const PyBuffer& b) { return b.buffer.device_ptr(); },
                             "The device address.")
      .def_property_readonly("device", [](const PyBuffer& b) { return b.buffer.device(); })
      .def_property_readonly("dtype", [](const PyBuffer& b) { return b.dtype; })
      .def_property_readonly("shape", [](const PyBuffer& b) { return shape_tuple(b.shape); })
      .def(
          "view",
          [](const PyBuffer& b, py::object dtype, py::object shape) { return wrap_buffer(b.buffer, dtype, shape); },
          py::arg("dtype"), py::arg("shape") = py::none(),
          "The same memory read as `dtype` in `shape` (default: every element, 1-D).")
      .def(
          "slice",
          [](const PyBuffer& b, size_t offset, size_t nbytes) {
            return wrap_buffer(b.buffer.slice(offset, nbytes), bytes_dtype(), py::none());
          },
          py::arg("offset"), py::arg("nbytes"), "`nbytes` of the same memory from byte `offset`.")
      .def("copy_from", &copy_from, py::arg("source"), py::kw_only(), py::arg("stream") = py::none(),
           "Copies a Buffer (enqueued on the stream) or host bytes (done on return) of the same size.")
      .def("to_host", &to_host, py::kw_only(), py::arg("stream") = py::none(),
           "A new numpy array of the buffer's dtype and shape holding its contents.")
      .def(
          "fill",
          [](const PyBuffer& b, uint8_t byte, py::object stream) {
            stream_or_default(stream, b.buffer.device()).fill(b.buffer, byte);
          },
          py::arg("byte") = 0, py::kw_only(), py::arg("stream") = py::none(), "Sets every byte; enqueued.");
  bind_interop(buffer);

  py::class_<PyDeviceBuffer, PyBuffer>(m, "DeviceBuffer", "Device memory, from the device's memory pool.")
      .def("__repr__", [](const PyDeviceBuffer& b) { return describe(b, "DeviceBuffer"); });

  py::class_<PySharedBuffer, PyBuffer>(m, "SharedBuffer", py::buffer_protocol(),
                                       "Pinned host memory the device reads and writes in place: numpy views of "
                                       "it are zero-copy (np.frombuffer(buf, dtype), buf.numpy()).")
      .def_buffer([](PySharedBuffer& b) {
        static std::byte empty;
        std::byte* data = b.buffer.size() ? b.buffer.host_ptr() : &empty;
        return py::buffer_info(data, 1, "B", py::ssize_t(b.buffer.size()));
      })
      .def("numpy", &numpy_view, py::arg("dtype") = py::none(), py::arg("shape") = py::none(),
           "A zero-copy numpy array of the memory, as the buffer's dtype and shape unless given.")
      .def("__repr__", [](const PySharedBuffer& b) { return describe(b, "SharedBuffer"); });

  device
      .def(
          "alloc",
          [](const gpu::Device& d, size_t nbytes, py::object stream) {
            gpu::Buffer memory = stream.is_none() ? gpu::Buffer::device(d, nbytes)
                                                  : gpu::Buffer::device(stream_of(stream), nbytes);
            return wrap_buffer(std::move(memory), bytes_dtype(), py::none());
          },
          py::arg("nbytes"), py::kw_only(), py::arg("stream") = py::none(),
          "Device memory from the pool, for work on `stream` (default: the default stream).")
      .def(
          "shared",
          [](const gpu::Device& d, size_t nbytes) {
            return wrap_buffer(gpu::Buffer::shared(d, nbytes), bytes_dtype(), py::none());
          },
          py::arg("nbytes"), "Shared (pinned, device-mapped host) memory: zero copy between CPU and GPU.")
      .def("upload", &upload, py::arg("array"), py::kw_only(), py::arg("stream") = py::none(),
           "A DeviceBuffer holding a copy of `array`, with its dtype and shape.");
}

}  // namespace ingot::python
