// Compiling and loading modules, and launching their kernels from Python.
#include <pybind11/stl.h>

#include <bit>
#include <climits>

#include "python/gpu/bindings.h"

namespace ingot::python {
namespace {

unsigned unsigned_of(py::handle value, const char* what) {
  if (!PyLong_Check(value.ptr())) throw py::type_error(std::string(what) + " must be an int");
  unsigned long long n = PyLong_AsUnsignedLongLong(value.ptr());
  if (PyErr_Occurred() || n > UINT_MAX) {
    PyErr_Clear();
    throw py::value_error(std::string(what) + " must be between 0 and " + std::to_string(UINT_MAX));
  }
  return unsigned(n);
}

// An int or a sequence of one to three ints.
gpu::Dim3 dim3_of(py::handle value, const char* what) {
  if (PyLong_Check(value.ptr())) return {unsigned_of(value, what)};
  py::sequence dims = py::reinterpret_borrow<py::sequence>(value);
  if (!PySequence_Check(value.ptr()) || dims.size() < 1 || dims.size() > 3)
    throw py::value_error(std::string(what) + " is an int or 1 to 3 ints");
  unsigned xyz[3] = {1, 1, 1};
  for (size_t i = 0; i < dims.size(); ++i) xyz[i] = unsigned_of(dims[i], what);
  return {xyz[0], xyz[1], xyz[2]};
}

[[noreturn]] void bad_argument(const gpu::Kernel& kernel, size_t index, const std::string& why) {
  throw py::type_error("argument " + std::to_string(index) + " of " + kernel.name() + ": " + why);
}

// A Python int as a parameter of `size` bytes: signed or unsigned, as long
// as it fits.
void add_integer(gpu::ArgPack& pack, py::handle value, size_t size, const gpu::Kernel& kernel, size_t index) {
  int overflow = 0;
  long long as_signed = PyLong_AsLongLongAndOverflow(value.ptr(), &overflow);
  unsigned long long bits = static_cast<unsigned long long>(as_signed);
  if (overflow > 0) {
    bits = PyLong_AsUnsignedLongLong(value.ptr());
    if (PyErr_Occurred()) {
      PyErr_Clear();
      bad_argument(kernel, index, "does not fit in 64 bits");
    }
  } else if (overflow < 0) {
    bad_argument(kernel, index, "does not fit in 64 bits");
  }
  if (size < 8) {
    long long low = -(1ll << (8 * size - 1));
    long long high = (1ll << (8 * size)) - 1;
    if (overflow > 0 || as_signed < low || as_signed > high)
      bad_argument(kernel, index, std::to_string(as_signed) + " does not fit the parameter's " + std::to_string(size) +
                                      " bytes");
  }
  pack.add_bytes(&bits, size, size);  // little-endian: the low bytes come first
}

void add_argument(gpu::ArgPack& pack, py::handle arg, const gpu::ParamInfo* param, const gpu::Kernel& kernel,
                  size_t index) {
  static py::handle buffer_type = py::type::of<PyBuffer>();
  static py::handle numpy_scalar_type = py::object(numpy().attr("generic")).release();
  if (PyObject_TypeCheck(arg.ptr(), reinterpret_cast<PyTypeObject*>(buffer_type.ptr()))) {
    pack.add(arg.cast<PyBuffer&>().buffer);
    return;
  }
  if (PyBool_Check(arg.ptr())) {
    pack.add(arg.ptr() == Py_True);
    return;
  }
  if (PyLong_Check(arg.ptr()) || PyFloat_Check(arg.ptr())) {
    if (!param) bad_argument(kernel, index, "this driver cannot tell parameter sizes; pass a numpy scalar");
    if (PyFloat_Check(arg.ptr())) {
      if (param->size == 4) pack.add(float(PyFloat_AsDouble(arg.ptr())));
      else if (param->size == 8) pack.add(PyFloat_AsDouble(arg.ptr()));
      else bad_argument(kernel, index, "a float for a parameter of " + std::to_string(param->size) + " bytes");
    } else if (param->size == 1 || param->size == 2 || param->size == 4 || param->size == 8) {
      add_integer(pack, arg, param->size, kernel, index);
    } else {
      bad_argument(kernel, index, "an int for a parameter of " + std::to_string(param->size) + " bytes");
    }
    return;
  }
  // Before the buffer protocol, which CuPy arrays offer only to refuse it.
  if (!PyObject_TypeCheck(arg.ptr(), reinterpret_cast<PyTypeObject*>(numpy_scalar_type.ptr())) &&
      PyObject_HasAttrString(arg.ptr(), "__cuda_array_interface__")) {  // CuPy arrays, PyTorch tensors
    pack.add(arg.attr("__cuda_array_interface__")["data"].cast<py::tuple>()[0].cast<gpu::CUdeviceptr>());
    return;
  }
  if (PyObject_CheckBuffer(arg.ptr())) {  // numpy scalars, bytes, ctypes structures
    HostBytes bytes(arg, false);
    size_t alignment = std::min<size_t>(std::bit_floor(std::max<size_t>(bytes.size(), 1)), 16);
    pack.add_bytes(bytes.data(), bytes.size(), alignment);
    return;
  }
  bad_argument(kernel, index,
               "cannot pass a " + py::str(py::type::handle_of(arg).attr("__name__")).cast<std::string>() +
                   "; pass a Buffer, a CUDA array, a number, a numpy scalar or bytes");
}

gpu::ArgPack pack_arguments(const gpu::Kernel& kernel, py::handle args) {
  gpu::ArgPack pack;
  const auto& params = kernel.parameters();
  if (params && !params->empty()) pack.reserve(params->size(), params->back().offset + params->back().size);
  size_t index = 0;
  for (py::handle arg : args) {
    const gpu::ParamInfo* param = params && index < params->size() ? &(*params)[index] : nullptr;
    add_argument(pack, arg, param, kernel, index++);
  }
  return pack;
}

gpu::LaunchConfig launch_config(py::handle grid, py::handle block, unsigned shared_mem) {
  return {dim3_of(grid, "grid"), dim3_of(block, "block"), shared_mem};
}

// Raises `error` in Python as pybind11's translators would (errors.cpp),
// for code that runs outside pybind11's dispatcher.
PyObject* raise_translated(std::exception_ptr error) {
  static thread_local std::exception_ptr pending;
  static py::object* rethrow = new py::object(py::cpp_function([] { std::rethrow_exception(pending); }));
  pending = error;
  PyObject* result = PyObject_CallNoArgs(rethrow->ptr());
  pending = nullptr;
  Py_XDECREF(result);
  return nullptr;
}

// Kernel.launch(grid, block, args=(), *, shared_mem=0, stream=None), the
// module's hot path. It is a METH_FASTCALL method that parses its own
// arguments: pybind11's keyword matching alone costs more than the rest of
// a launch. Nothing here copies what it can borrow.
PyObject* launch(PyObject* self, PyObject* const* args, Py_ssize_t positional, PyObject* keywords) {
  try {
    enum { kGrid, kBlock, kArgs, kSharedMem, kStream, kCount };
    static const char* kNames[kCount] = {"grid", "block", "args", "shared_mem", "stream"};
    if (positional > kArgs + 1) throw py::type_error("launch() takes at most 3 positional arguments");
    PyObject* values[kCount] = {};
    std::copy(args, args + positional, values);
    for (Py_ssize_t i = 0; keywords && i < PyTuple_GET_SIZE(keywords); ++i) {
      PyObject* name = PyTuple_GET_ITEM(keywords, i);
      int slot = 0;
      while (slot < kCount && PyUnicode_CompareWithASCIIString(name, kNames[slot]) != 0) ++slot;
      if (slot == kCount)
        throw py::type_error("launch() got an unexpected keyword argument " + py::repr(name).cast<std::string>());
      if (values[slot])
        throw py::type_error(std::string("launch() got multiple values for argument ") + kNames[slot]);
      values[slot] = args[positional + i];
    }
    if (!values[kGrid] || !values[kBlock]) throw py::type_error("launch() needs grid and block");
    py::handle owner(self);
    const auto& kernel = owner.cast<const gpu::Kernel&>();
    gpu::ArgPack pack = values[kArgs] ? pack_arguments(kernel, values[kArgs]) : gpu::ArgPack();
    unsigned shared_mem = values[kSharedMem] ? unsigned_of(values[kSharedMem], "shared_mem") : 0;
    gpu::LaunchConfig config = launch_config(values[kGrid], values[kBlock], shared_mem);
    if (!values[kStream] || values[kStream] == Py_None)
      kernel.launch(config, pack);
    else
      kernel.launch(config, pack, stream_of(values[kStream]));
    Py_RETURN_NONE;
  } catch (...) {
    return raise_translated(std::current_exception());
  }
}

// A launch with everything decided ahead: calling it costs little more than
// cuLaunchKernel itself.
struct BoundLaunch {
  gpu::Kernel kernel;
  gpu::LaunchConfig config;
  gpu::ArgPack args;
  gpu::Stream stream;

  void operator()() { kernel.launch(config, args, stream); }
};

BoundLaunch bind_launch(const gpu::Kernel& kernel, py::object grid, py::object block, py::object args,
                        unsigned shared_mem, py::object stream) {
  return {kernel, launch_config(grid, block, shared_mem), pack_arguments(kernel, args),
          stream_or_default(stream, kernel.device())};
}

gpu::Module compile(const gpu::Device& device, const std::string& source, std::vector<std::string> options,
                    std::vector<std::string> name_expressions, std::string program_name, bool cache) {
  gpu::CompileOptions compile_options{std::move(options), std::move(name_expressions), std::move(program_name),
                                      cache};
  py::gil_scoped_release unlocked;
  return gpu::Module::compile(device, source, compile_options);
}

gpu::Module load_module(const gpu::Device& device, py::object source) {
  if (PyObject_CheckBuffer(source.ptr())) {
    HostBytes bytes(source, false);
    gpu::KernelImage image;
    image.bytes.assign(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    py::gil_scoped_release unlocked;
    return gpu::Module::from_image(device, image);
  }
  std::string path = py::str(source);
  py::gil_scoped_release unlocked;
  return gpu::Module::load(device, path);
}

}  // namespace

void bind_kernels(py::module_& m, DeviceClass& device) {
  m.def(
      "nvrtc_version", [] { return gpu::nvrtc().version; },
      "The version of NVRTC that compiles kernels, e.g. '13.0'; raises Error, saying why, where it is missing.");
  py::class_<gpu::Kernel> kernel(m, "Kernel");
  static PyMethodDef launch_method = {
      "launch", reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(&launch)), METH_FASTCALL | METH_KEYWORDS,
      "launch(grid, block, args=(), *, shared_mem=0, stream=None)\n\nEnqueues the kernel. args: Buffers, CUDA "
      "arrays, numbers (sized by the kernel's parameters), numpy scalars, bytes."};
  kernel.attr("launch") = py::reinterpret_steal<py::object>(
      PyDescr_NewMethod(reinterpret_cast<PyTypeObject*>(kernel.ptr()), &launch_method));
  kernel
      .def_property_readonly("name", &gpu::Kernel::name)
      .def_property_readonly("device", &gpu::Kernel::device)
      .def_property_readonly("handle", [](const gpu::Kernel& k) { return reinterpret_cast<uintptr_t>(k.handle()); },
                             "The CUfunction, as an int.")
      .def_property_readonly("max_threads_per_block", &gpu::Kernel::max_threads_per_block)
      .def_property_readonly("registers", &gpu::Kernel::registers)
      .def_property_readonly("static_shared_bytes", &gpu::Kernel::static_shared_bytes)
      .def_property_readonly("local_bytes", &gpu::Kernel::local_bytes)
      .def_property_readonly(
          "parameters",
          [](const gpu::Kernel& k) -> py::object {
            if (!k.parameters()) return py::none();
            py::list out;
            for (const gpu::ParamInfo& p : *k.parameters()) out.append(py::make_tuple(p.offset, p.size));
            return out;
          },
          "(offset, size) of each parameter, or None where the driver cannot tell.")
      .def("suggested_block_size", &gpu::Kernel::suggested_block_size, py::arg("shared_mem") = 0,
           "The block size at which the kernel keeps the most threads resident.")
      .def("bind", &bind_launch, py::arg("grid"), py::arg("block"), py::arg("args") = py::tuple(), py::kw_only(),
           py::arg("shared_mem") = 0, py::arg("stream") = py::none(),
           "A launch prepared once and called many times.")
      .def("__repr__", [](const gpu::Kernel& k) { return "<ingot.gpu.Kernel " + k.name() + ">"; });

  py::class_<BoundLaunch>(m, "BoundLaunch", "A kernel launch with its configuration and arguments packed.")
      .def("__call__", &BoundLaunch::operator());

  py::class_<gpu::Module>(m, "Module")
      .def("kernel", &gpu::Module::kernel, py::arg("name"),
           "The kernel called `name`: an extern \"C\" function, or a name expression given to compile().")
      .def("lowered_name", &gpu::Module::lowered_name, py::arg("expression"));

  device
      .def("compile", &compile, py::arg("source"), py::kw_only(), py::arg("options") = std::vector<std::string>(),
           py::arg("name_expressions") = std::vector<std::string>(), py::arg("program_name") = "kernel.cu",
           py::arg("cache") = true,
           "Compiles CUDA C++ with NVRTC for this device, through the in-process and on-disk caches. Raises "
           "CompileError (with .log) if it does not compile.")
      .def("load_module", &load_module, py::arg("source"),
           "Loads a cubin, fatbin or PTX: a path, or the bytes themselves.");
}

}  // namespace ingot::python
