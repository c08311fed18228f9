// What the files of the ingot.arm64 extension share: the machine options
// Python spells as keywords, zero-copy numpy views of a machine's state,
// and the results of execute().
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <optional>
#include <string>
#include <vector>

#include "arm64/machine.h"

namespace ingot::python {

namespace py = pybind11;
using arm64::Machine;

// "auto", "cpu" or "gpu"; ValueError for anything else.
arm64::BackendKind backend_kind(const std::string& name);

// translate=None (one core: yes), True or False, as GpuOptions::translation.
arm64::Translation translation(std::optional<bool> translate);

// A numpy array over `data` in place, keeping `owner` (the Python object
// that owns the machine) alive as long as the array.
template <class T>
py::array view_of(T* data, std::vector<py::ssize_t> shape, py::handle owner) {
  return py::array_t<T>(shape, data, owner);
}

// The bytes of a bytes-like object.
std::span<const arm64::u8> bytes_of(const py::buffer& data, py::buffer_info& info);

// Starts `machine` and releases the GIL while it runs.
arm64::RunSummary execute(Machine& machine, arm64::u64 max_cycles);

// Each adds its classes to the module.
void bind_stop_reasons(py::module_& m);
void bind_cpu(py::module_& m);
void bind_farm(py::module_& m);

}  // namespace ingot::python
