// Devices, their properties and memory pools, and the module's functions.
#include <pybind11/stl.h>

#include "python/gpu/bindings.h"

namespace ingot::python {
namespace {

std::string describe(const gpu::Device& device) {
  const gpu::DeviceProperties& p = device.properties();
  return "<ingot.gpu.Device " + std::to_string(device.ordinal()) + ": " + p.name + ", sm_" +
         std::to_string(p.architecture()) + ">";
}

py::dict pool_stats(const gpu::MemoryPool& pool) {
  gpu::MemoryPool::Stats s = pool.stats();
  py::dict out;
  out["bytes_in_use"] = s.bytes_in_use;
  out["bytes_cached"] = s.bytes_cached;
  out["peak_bytes_in_use"] = s.peak_bytes_in_use;
  out["driver_allocations"] = s.source_allocations;
  out["reuses"] = s.reuses;
  return out;
}

}  // namespace

DeviceClass bind_devices(py::module_& m) {
  m.def("is_available", &gpu::is_available, "Whether a CUDA driver and at least one device are usable.");
  m.def("unavailable_reason", &gpu::unavailable_reason, "Why is_available() is False; empty when it is True.");
  m.def("device_count", &gpu::device_count);
  m.def("devices", &gpu::Device::all, "Every device the driver sees.");

  py::class_<gpu::DeviceProperties>(m, "DeviceProperties")
      .def_readonly("name", &gpu::DeviceProperties::name)
      .def_readonly("pci_bus_id", &gpu::DeviceProperties::pci_bus_id)
      .def_property_readonly("compute_capability",
                             [](const gpu::DeviceProperties& p) {
                               return py::make_tuple(p.compute_capability_major, p.compute_capability_minor);
                             })
      .def_property_readonly("architecture", &gpu::DeviceProperties::architecture)
      .def_readonly("multiprocessor_count", &gpu::DeviceProperties::multiprocessor_count)
      .def_readonly("total_memory", &gpu::DeviceProperties::total_memory)
      .def_readonly("max_threads_per_block", &gpu::DeviceProperties::max_threads_per_block)
      .def_readonly("max_threads_per_multiprocessor", &gpu::DeviceProperties::max_threads_per_multiprocessor)
      .def_readonly("max_shared_memory_per_block", &gpu::DeviceProperties::max_shared_memory_per_block)
      .def_readonly("max_shared_memory_per_block_optin", &gpu::DeviceProperties::max_shared_memory_per_block_optin)
      .def_readonly("max_shared_memory_per_multiprocessor",
                    &gpu::DeviceProperties::max_shared_memory_per_multiprocessor)
      .def_readonly("l2_cache_size", &gpu::DeviceProperties::l2_cache_size)
      .def_readonly("warp_size", &gpu::DeviceProperties::warp_size)
      .def_readonly("clock_rate_khz", &gpu::DeviceProperties::clock_rate_khz)
      .def_readonly("memory_clock_rate_khz", &gpu::DeviceProperties::memory_clock_rate_khz)
      .def_readonly("memory_bus_width", &gpu::DeviceProperties::memory_bus_width)
      .def_readonly("can_map_host_memory", &gpu::DeviceProperties::can_map_host_memory)
      .def_readonly("unified_addressing", &gpu::DeviceProperties::unified_addressing);

  py::class_<gpu::MemoryPool>(m, "MemoryPool", "The device's caching allocator.")
      .def("stats", &pool_stats)
      .def("trim", &gpu::MemoryPool::trim, py::call_guard<py::gil_scoped_release>(),
           "Waits for the device and returns every cached block to the driver.");

  return DeviceClass(m, "Device")
      .def(py::init([](int ordinal) {
             py::gil_scoped_release unlocked;
             return gpu::Device(ordinal);
           }),
           py::arg("ordinal") = 0, "Opens a device; raises NoDeviceError where there is none.")
      .def_property_readonly("ordinal", &gpu::Device::ordinal)
      .def_property_readonly("properties", &gpu::Device::properties, py::return_value_policy::reference_internal)
      .def_property_readonly("name", [](const gpu::Device& d) { return d.properties().name; })
      .def_property_readonly("compute_capability",
                             [](const gpu::Device& d) {
                               return py::make_tuple(d.properties().compute_capability_major,
                                                     d.properties().compute_capability_minor);
                             })
      .def_property_readonly("memory_pool", &gpu::Device::memory_pool, py::return_value_policy::reference)
      .def("memory_info", &gpu::Device::memory_info, "(free, total) bytes of device memory.")
      .def("synchronize", &gpu::Device::synchronize, py::call_guard<py::gil_scoped_release>(),
           "Waits for all work on the device.")
      .def("__eq__", [](const gpu::Device& a, const gpu::Device& b) { return a == b; })
      .def("__hash__", [](const gpu::Device& d) { return d.ordinal(); })
      .def("__repr__", &describe);
}

}  // namespace ingot::python
