// The GPU layer's exceptions as Python exception classes:
//   Error(RuntimeError)                 any CUDA or NVRTC failure
//   NoDeviceError(Error)                no usable GPU, and why
//   OutOfMemoryError(Error, MemoryError)
//   CompileError(Error)                 with .log, NVRTC's diagnostics
#include "python/gpu/bindings.h"

namespace ingot::python {
namespace {

py::object new_exception(py::module_& m, const char* name, py::handle bases, const char* doc) {
  std::string qualified = "ingot.gpu." + std::string(name);
  py::object type = py::reinterpret_steal<py::object>(
      PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr));
  if (!type) throw py::error_already_set();
  m.add_object(name, type);
  return type;
}

}  // namespace

void bind_errors(py::module_& m) {
  // Leaked on purpose: the translator may run until the interpreter is gone.
  static py::object* error = new py::object(
      new_exception(m, "Error", PyExc_RuntimeError, "A CUDA or NVRTC call failed; the message names it."));
  static py::object* no_device = new py::object(
      new_exception(m, "NoDeviceError", *error, "There is no usable CUDA device; the message says why."));
  static py::object* out_of_memory = new py::object(new_exception(
      m, "OutOfMemoryError", py::make_tuple(*error, py::handle(PyExc_MemoryError)), "The device is out of memory."));
  static py::object* compile_error = new py::object(
      new_exception(m, "CompileError", *error, "NVRTC rejected a kernel; .log holds its diagnostics."));

  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      std::rethrow_exception(thrown);
    } catch (const gpu::CompileError& e) {
      py::object exception = (*compile_error)(e.what());
      exception.attr("log") = e.log();
      PyErr_SetObject(compile_error->ptr(), exception.ptr());
    } catch (const gpu::OutOfMemoryError& e) {
      PyErr_SetString(out_of_memory->ptr(), e.what());
    } catch (const gpu::NoDeviceError& e) {
      PyErr_SetString(no_device->ptr(), e.what());
    } catch (const gpu::Error& e) {
      PyErr_SetString(error->ptr(), e.what());
    }
  });
}

}  // namespace ingot::python
