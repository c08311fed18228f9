// Arm64Farm: many independent cores run in one launch, their state as
// zero-copy numpy arrays indexed by core.
#include <pybind11/stl.h>

#include "python/arm64/bindings.h"

namespace ingot::python {
namespace {

using arm64::u32;
using arm64::u64;

struct Farm {
  Machine machine;
};

struct FarmResult {
  u64 instructions;
  double seconds;
  double run_seconds;
  unsigned launches;
};

Machine make_farm(u32 cores, u64 memory_size, const std::string& backend, u32 output_capacity, bool reconverge,
                  unsigned threads_per_block, bool mapped, std::optional<bool> translate) {
  arm64::MachineOptions options;
  options.geometry = {cores, memory_size, output_capacity};
  options.backend = backend_kind(backend);
  options.gpu.reconverge = reconverge;
  options.gpu.threads_per_block = threads_per_block;
  options.gpu.mapped = mapped;
  options.gpu.translation = translation(translate);
  return Machine(options);
}

// The cores `core` names: one, or all of them where it is None.
std::pair<u32, u32> core_range(const Machine& machine, std::optional<u32> core) {
  if (!core) return {0, machine.cores()};
  if (*core >= machine.cores()) throw py::index_error("no core " + std::to_string(*core));
  return {*core, *core + 1};
}

template <class T>
py::array per_core(py::object self, T* (Machine::*array)() const) {
  Machine& machine = self.cast<Farm&>().machine;
  return view_of((machine.*array)(), {py::ssize_t(machine.cores())}, self);
}

}  // namespace

void bind_farm(py::module_& m) {
  py::class_<FarmResult>(m, "FarmResult", "What one Arm64Farm.execute() did.")
      .def_readonly("instructions", &FarmResult::instructions, "Instructions completed, over all cores.")
      .def_readonly("seconds", &FarmResult::seconds, "Wall time, copies to and from the GPU included.")
      .def_readonly("run_seconds", &FarmResult::run_seconds,
                    "The time the cores ran: on the GPU, the kernel's, timed with events.")
      .def_readonly("launches", &FarmResult::launches, "Runs of the cores: more than one where output was drained.")
      .def("__repr__", [](const FarmResult& r) {
        return "<FarmResult " + std::to_string(r.instructions) + " instructions in " + std::to_string(r.seconds) +
               " s>";
      });

  py::class_<Farm>(m, "Arm64Farm",
                   "Many independent AArch64 cores, each with its own registers and memory, run together: on the "
                   "GPU, one thread per core in one launch. Their state is numpy arrays indexed by core, over the "
                   "buffers the cores run on.")
      .def(py::init([](u32 cores, u64 memory_size, const std::string& backend, u32 output_capacity, bool reconverge,
                       unsigned threads_per_block, bool mapped, std::optional<bool> translate) {
             return new Farm{make_farm(cores, memory_size, backend, output_capacity, reconverge, threads_per_block,
                                       mapped, translate)};
           }),
           py::arg("cores") = 16384, py::arg("memory_size") = u64(64) << 10, py::kw_only(),
           py::arg("backend") = "auto", py::arg("output_capacity") = 4096, py::arg("reconverge") = false,
           py::arg("threads_per_block") = 128, py::arg("mapped") = false, py::arg("translate") = py::none(),
           "reconverge, threads_per_block, mapped and translate (None: only a farm of one core) tune the GPU "
           "backend (src/arm64/README.md).")
      .def_property_readonly("cores", [](const Farm& f) { return f.machine.cores(); })
      .def_property_readonly("memory_size", [](const Farm& f) { return f.machine.memory_size(); })
      .def_property_readonly("backend", [](const Farm& f) { return std::string(f.machine.backend_name()); })
      .def(
          "load_program",
          [](Farm& f, const py::buffer& code, u64 address, std::optional<u32> core) {
            py::buffer_info info;
            std::span<const arm64::u8> bytes = bytes_of(code, info);
            if (core) {
              core_range(f.machine, core);
              f.machine.load_program(bytes, address, *core);
            } else {
              f.machine.load_program(bytes, address);
            }
          },
          py::arg("code"), py::arg("address") = 0, py::arg("core") = py::none(),
          "Writes machine code into every core's memory, where all fetch one shared copy of it; or into "
          "one core's alone.")
      .def(
          "set_pc",
          [](Farm& f, u64 pc, std::optional<u32> core) {
            auto [first, last] = core_range(f.machine, core);
            for (u32 c = first; c < last; ++c) f.machine.set_pc(c, pc);
          },
          py::arg("pc"), py::arg("core") = py::none(), "Sets the pc of one core or all, making them ready to run.")
      .def_property_readonly(
          "registers",
          [](py::object self) {
            Machine& machine = self.cast<Farm&>().machine;
            return view_of(machine.registers(), {py::ssize_t(machine.cores()), 32}, self);
          },
          "[core, n]: x0..x30 and sp (n = 31), uint64.")
      .def_property_readonly("pc", [](py::object self) { return per_core(self, &Machine::pc); })
      .def_property_readonly("flags", [](py::object self) { return per_core(self, &Machine::flags); },
                             "NZCV in bits 31..28, uint32.")
      .def_property_readonly("cycles", [](py::object self) { return per_core(self, &Machine::cycles); })
      .def_property_readonly("stop_reason", [](py::object self) { return per_core(self, &Machine::stop_reason); },
                             "StopReason values, uint32.")
      .def_property_readonly("stop_detail", [](py::object self) { return per_core(self, &Machine::stop_detail); })
      .def_property_readonly(
          "memory",
          [](py::object self) {
            Machine& machine = self.cast<Farm&>().machine;
            return view_of(machine.memory(0), {py::ssize_t(machine.cores()), py::ssize_t(machine.memory_size())},
                           self);
          },
          "[core, address], uint8.")
      .def(
          "write_memory",
          [](Farm& f, u32 core, u64 address, const py::buffer& data) {
            core_range(f.machine, core);
            py::buffer_info info;
            f.machine.write_memory(core, address, bytes_of(data, info));
          },
          py::arg("core"), py::arg("address"), py::arg("data"))
      .def(
          "read_memory",
          [](const Farm& f, u32 core, u64 address, u64 size) {
            core_range(f.machine, core);
            std::vector<arm64::u8> data = f.machine.read_memory(core, address, size);
            return py::bytes(reinterpret_cast<const char*>(data.data()), data.size());
          },
          py::arg("core"), py::arg("address"), py::arg("size"))
      .def(
          "output",
          [](const Farm& f, u32 core) {
            core_range(f.machine, core);
            return py::bytes(f.machine.output(core));
          },
          py::arg("core"), "What core `core` wrote to fd 1.")
      .def(
          "execute",
          [](Farm& f, u64 max_cycles) {
            arm64::RunSummary s = execute(f.machine, max_cycles);
            return FarmResult{s.instructions, s.seconds, s.run_seconds, s.launches};
          },
          py::arg("max_cycles") = u64(100'000'000),
          "Runs every core that is ready for at most `max_cycles` more instructions each.");
}

}  // namespace ingot::python
