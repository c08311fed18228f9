// Handing buffers to other GPU libraries without a copy: CUDA Array Interface
// version 3 (__cuda_array_interface__, read by CuPy, PyTorch, Numba) and
// DLPack (__dlpack__ / __dlpack_device__, read by torch.from_dlpack,
// cupy.from_dlpack, and the array API). Both describe the buffer as its
// dtype and shape say; shared buffers are offered by their device address.
//
// Buffers are ready in the order of the legacy default stream, where ingot
// enqueues work unless told otherwise; both protocols let the consumer name
// its own stream, which is then made to wait for that.
#include <cstdint>

#include "python/gpu/bindings.h"

namespace ingot::python {
namespace {

// DLPack's C ABI (dlpack.h, versions 0.8 and 1.0), declared here as
// cuda_types.h declares CUDA's.
struct DLDevice {
  int32_t device_type;
  int32_t device_id;
};
enum : int32_t { kDLCPU = 1, kDLCUDA = 2 };
struct DLDataType {
  uint8_t code;
  uint8_t bits;
  uint16_t lanes;
};
enum : uint8_t { kDLInt = 0, kDLUInt = 1, kDLFloat = 2, kDLComplex = 5, kDLBool = 6 };
struct DLTensor {
  void* data;
  DLDevice device;
  int32_t ndim;
  DLDataType dtype;
  int64_t* shape;
  int64_t* strides;
  uint64_t byte_offset;
};
struct DLManagedTensor {
  DLTensor dl_tensor;
  void* manager_ctx;
  void (*deleter)(DLManagedTensor*);
};
struct DLPackVersion {
  uint32_t major;
  uint32_t minor;
};
struct DLManagedTensorVersioned {
  DLPackVersion version;
  void* manager_ctx;
  void (*deleter)(DLManagedTensorVersioned*);
  uint64_t flags;
  DLTensor dl_tensor;
};

// The legacy default stream and "no synchronization", as both protocols
// spell them.
constexpr intptr_t kLegacyDefaultStream = 1;
constexpr intptr_t kNoSynchronization = -1;

// What an exported tensor owns: the memory and the shape array. Freed by
// the consumer through the deleter, possibly without the GIL, so it holds
// no Python object.
template <class Managed>
struct Export {
  gpu::Buffer buffer;
  std::vector<int64_t> shape;
  Managed managed{};
};

template <class Managed>
void delete_export(Managed* managed) {
  delete static_cast<Export<Managed>*>(managed->manager_ctx);
}

DLDataType dlpack_dtype(py::object dtype) {
  std::string kind = dtype.attr("kind").cast<std::string>();
  auto bits = uint8_t(dtype.attr("itemsize").cast<int>() * 8);
  if (dtype.attr("byteorder").cast<std::string>() == ">")
    throw py::buffer_error("DLPack has no big-endian types");
  if (kind == "i") return {kDLInt, bits, 1};
  if (kind == "u") return {kDLUInt, bits, 1};
  if (kind == "f") return {kDLFloat, bits, 1};
  if (kind == "c") return {kDLComplex, bits, 1};
  if (kind == "b") return {kDLBool, bits, 1};
  throw py::buffer_error("DLPack cannot describe dtype " + py::str(dtype).cast<std::string>());
}

// Makes the consumer's `stream` wait for work enqueued so far on the
// default stream.
void order_consumer_stream(const gpu::Buffer& buffer, py::object stream) {
  if (stream.is_none()) return;
  auto handle = stream.cast<intptr_t>();
  if (handle == kLegacyDefaultStream || handle == kNoSynchronization || handle == 0) return;
  gpu::Device device = buffer.device();
  gpu::Event ready = gpu::Event::create(device, false);
  ready.record(gpu::Stream::default_for(device));
  gpu::Stream::wrap(device, reinterpret_cast<gpu::CUstream>(handle)).wait(ready);
}

py::dict cuda_array_interface(const PyBuffer& self) {
  py::dict out;
  py::tuple shape(self.shape.size());
  for (size_t i = 0; i < self.shape.size(); ++i) shape[i] = self.shape[i];
  out["shape"] = shape;
  out["typestr"] = self.dtype.attr("str");
  out["data"] = py::make_tuple(self.buffer.device_ptr(), false);
  out["strides"] = py::none();
  out["stream"] = kLegacyDefaultStream;
  out["version"] = 3;
  return out;
}

template <class Managed>
Managed* export_tensor(const PyBuffer& self, DLDevice device) {
  DLDataType dtype = dlpack_dtype(self.dtype);
  auto* exported = new Export<Managed>{self.buffer, std::vector<int64_t>(self.shape.begin(), self.shape.end())};
  Managed& managed = exported->managed;
  managed.manager_ctx = exported;
  managed.deleter = &delete_export<Managed>;
  DLTensor& t = managed.dl_tensor;
  t.data = device.device_type == kDLCPU ? static_cast<void*>(self.buffer.host_ptr())
                                        : reinterpret_cast<void*>(self.buffer.device_ptr());
  t.device = device;
  t.ndim = int32_t(exported->shape.size());
  t.dtype = dtype;
  t.shape = exported->shape.data();
  t.strides = nullptr;  // C-contiguous
  t.byte_offset = 0;
  return &managed;
}

// A capsule nobody consumed still owns its tensor. Python may call this
// with an exception set, which must survive it.
template <class Managed>
void capsule_destructor(PyObject* capsule) {
  const char* name = std::is_same_v<Managed, DLManagedTensor> ? "dltensor" : "dltensor_versioned";
  if (!PyCapsule_IsValid(capsule, name)) return;
  PyObject *type, *value, *traceback;
  PyErr_Fetch(&type, &value, &traceback);
  auto* managed = static_cast<Managed*>(PyCapsule_GetPointer(capsule, name));
  managed->deleter(managed);
  PyErr_Restore(type, value, traceback);
}

template <class Managed>
py::object capsule(Managed* managed, const char* name) {
  PyObject* capsule = PyCapsule_New(managed, name, &capsule_destructor<Managed>);
  if (!capsule) {
    managed->deleter(managed);
    throw py::error_already_set();
  }
  return py::reinterpret_steal<py::object>(capsule);
}

py::tuple dlpack_device(const PyBuffer& self) { return py::make_tuple(int(kDLCUDA), self.buffer.device().ordinal()); }

py::object dlpack(const PyBuffer& self, py::object stream, py::object max_version, py::object dl_device,
                  py::object copy) {
  if (!copy.is_none() && copy.cast<bool>()) throw py::buffer_error("ingot.gpu buffers are exported without copying");
  DLDevice device{kDLCUDA, self.buffer.device().ordinal()};
  if (!dl_device.is_none()) {
    auto [type, id] = dl_device.cast<std::pair<int32_t, int32_t>>();
    bool host_view = type == kDLCPU && self.buffer.is_shared();
    if (!host_view && (type != device.device_type || id != device.device_id))
      throw py::buffer_error("this buffer cannot be exported to DLPack device (" + std::to_string(type) + ", " +
                             std::to_string(id) + ")");
    device = {type, id};
  }
  if (device.device_type == kDLCUDA) order_consumer_stream(self.buffer, stream);
  bool versioned = !max_version.is_none() && max_version.cast<std::pair<int, int>>().first >= 1;
  if (versioned) {
    DLManagedTensorVersioned* managed = export_tensor<DLManagedTensorVersioned>(self, device);
    managed->version = {1, 0};
    managed->flags = 0;
    return capsule(managed, "dltensor_versioned");
  }
  return capsule(export_tensor<DLManagedTensor>(self, device), "dltensor");
}

}  // namespace

void bind_interop(py::class_<PyBuffer>& buffer) {
  buffer.def_property_readonly("__cuda_array_interface__", &cuda_array_interface)
      .def("__dlpack__", &dlpack, py::kw_only(), py::arg("stream") = py::none(), py::arg("max_version") = py::none(),
           py::arg("dl_device") = py::none(), py::arg("copy") = py::none())
      .def("__dlpack_device__", &dlpack_device);
}

}  // namespace ingot::python
