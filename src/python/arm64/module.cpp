// The ingot.arm64 extension module.
#include <pybind11/stl.h>

#include <cctype>
#include <stdexcept>

#include "arm64/stop_reason.h"
#include "python/arm64/bindings.h"

namespace ingot::python {

arm64::BackendKind backend_kind(const std::string& name) {
  if (name == "auto") return arm64::BackendKind::automatic;
  if (name == "cpu") return arm64::BackendKind::cpu;
  if (name == "gpu") return arm64::BackendKind::gpu;
  throw std::invalid_argument("backend must be 'auto', 'cpu' or 'gpu', not '" + name + "'");
}

arm64::Translation translation(std::optional<bool> translate) {
  if (!translate) return arm64::Translation::automatic;
  return *translate ? arm64::Translation::on : arm64::Translation::off;
}

std::span<const arm64::u8> bytes_of(const py::buffer& data, py::buffer_info& info) {
  info = data.request();
  if (info.ndim > 1 && info.strides.back() != info.itemsize)
    throw std::invalid_argument("code and data must be contiguous bytes");
  return {static_cast<const arm64::u8*>(info.ptr), size_t(info.size * info.itemsize)};
}

arm64::RunSummary execute(Machine& machine, arm64::u64 max_cycles) {
  py::gil_scoped_release unlocked;
  return machine.execute(max_cycles);
}

void bind_stop_reasons(py::module_& m) {
  py::enum_<arm64::StopReason> reasons(m, "StopReason", "Why a core stopped.");
  for (arm64::u32 r = 0; r < arm64::kStopReasonCount; ++r) {
    std::string name(arm64::stop_reason_name(r));
    for (char& ch : name) ch = char(std::toupper(static_cast<unsigned char>(ch)));
    reasons.value(name.c_str(), arm64::StopReason(r));
  }
  m.def("stop_reason_name", [](arm64::u32 r) { return std::string(arm64::stop_reason_name(r)); });
}

}  // namespace ingot::python

PYBIND11_MODULE(arm64, m) {
  using namespace ingot::python;
  m.doc() =
      "An AArch64 machine: one core (Arm64CPU) or thousands in one GPU launch (Arm64Farm), with the same "
      "interpreter compiled for the host (backend='cpu') and as a CUDA kernel (backend='gpu'). See src/arm64/README.md.";
  m.def(
      "gpu_available",
      [] {
        py::gil_scoped_release unlocked;
        return ingot::arm64::gpu_backend_available();
      },
      "Whether backend='gpu' can run here.");
  m.def(
      "gpu_unavailable_reason",
      [] {
        std::string reason;
        ingot::arm64::gpu_backend_available(&reason);
        return reason;
      },
      "Why backend='gpu' cannot run here; empty where it can.");
  bind_stop_reasons(m);
  bind_cpu(m);
  bind_farm(m);
}
