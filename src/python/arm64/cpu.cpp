// Arm64CPU: one core, its memory, registers and flags as zero-copy numpy
// views, and what it wrote to fd 1.
#include <pybind11/stl.h>

#include <optional>

#include "arm64/arithmetic.h"
#include "arm64/stop_reason.h"
#include "python/arm64/bindings.h"

namespace ingot::python {
namespace {

using arm64::u32;
using arm64::u64;

struct Cpu {
  Machine machine;
};

// What one execute() did.
struct ExecuteResult {
  u64 cycles;
  u32 stop_reason;
  u64 pc;
  u64 detail;
};

struct Flags {
  u32 nzcv;
};

Machine make_cpu(u64 memory_size, const std::string& backend, u32 output_capacity, std::optional<bool> translate) {
  arm64::MachineOptions options;
  options.geometry = {1, memory_size, output_capacity};
  options.backend = backend_kind(backend);
  options.gpu.translation = translation(translate);
  return Machine(options);
}

u64 read_word(const Cpu& cpu, u64 address, u32 bytes) {
  std::vector<arm64::u8> data = cpu.machine.read_memory(0, address, bytes);
  u64 value = 0;
  for (u32 i = 0; i < bytes; ++i) value |= u64(data[i]) << (8 * i);
  return value;
}

void write_word(Cpu& cpu, u64 address, u64 value, u32 bytes) {
  std::vector<arm64::u8> data(bytes);
  for (u32 i = 0; i < bytes; ++i) data[i] = arm64::u8(value >> (8 * i));
  cpu.machine.write_memory(0, address, data);
}

void check_register(int n) {
  if (n < 0 || n > 31) throw py::index_error("register numbers are 0 to 31 (31 is sp)");
}

}  // namespace

void bind_cpu(py::module_& m) {
  py::class_<ExecuteResult>(m, "ExecuteResult", "What one Arm64CPU.execute() did.")
      .def_readonly("cycles", &ExecuteResult::cycles, "Instructions completed by this call.")
      .def_property_readonly("stop_reason", [](const ExecuteResult& r) { return arm64::StopReason(r.stop_reason); })
      .def_property_readonly("stop_reason_name",
                             [](const ExecuteResult& r) { return std::string(arm64::stop_reason_name(r.stop_reason)); })
      .def_readonly("pc", &ExecuteResult::pc, "Where the core stopped: the instruction that stopped it.")
      .def_readonly("detail", &ExecuteResult::detail,
                    "The exit status, the faulting address, the undefined word, the syscall number, or the "
                    "HLT/BRK immediate, by stop reason.")
      .def_property_readonly("exit_code",
                             [](const ExecuteResult& r) -> std::optional<int> {
                               if (r.stop_reason != arm64::kExit) return std::nullopt;
                               return int(r.detail & 0xff);
                             },
                             "The process's exit status as a shell sees it (0..255), where it exited.")
      .def("__repr__", [](const ExecuteResult& r) {
        return "<ExecuteResult " + std::string(arm64::stop_reason_name(r.stop_reason)) + " after " +
               std::to_string(r.cycles) + " cycles at pc " + std::to_string(r.pc) + ">";
      });

  py::class_<Flags>(m, "Flags", "NZCV.")
      .def_property_readonly("n", [](const Flags& f) { return (f.nzcv & arm64::kFlagN) != 0; })
      .def_property_readonly("z", [](const Flags& f) { return (f.nzcv & arm64::kFlagZ) != 0; })
      .def_property_readonly("c", [](const Flags& f) { return (f.nzcv & arm64::kFlagC) != 0; })
      .def_property_readonly("v", [](const Flags& f) { return (f.nzcv & arm64::kFlagV) != 0; })
      .def("__int__", [](const Flags& f) { return f.nzcv; })
      .def("__repr__", [](const Flags& f) {
        std::string s = "<Flags ";
        const char* names = "NZCV";
        for (int i = 0; i < 4; ++i) s += (f.nzcv >> (31 - i)) & 1 ? names[i] : '-';
        return s + ">";
      });

  py::class_<Cpu>(m, "Arm64CPU",
                  "One AArch64 core and its memory. Registers, flags and memory are zero-copy views: numpy "
                  "arrays over the buffers the core runs on.")
      .def(py::init([](u64 memory_size, const std::string& backend, u32 output_capacity, std::optional<bool> translate) {
             return new Cpu{make_cpu(memory_size, backend, output_capacity, translate)};
           }),
           py::arg("memory_size") = u64(4) << 20, py::kw_only(), py::arg("backend") = "auto",
           py::arg("output_capacity") = u32(1) << 20, py::arg("translate") = py::none(),
           "translate: on the GPU, run the program as basic blocks translated to CUDA and compiled at run "
           "time (None: yes, for one core) rather than through the interpreter loop (src/arm64/README.md).")
      .def_property_readonly("backend", [](const Cpu& c) { return std::string(c.machine.backend_name()); })
      .def_property_readonly("memory_size", [](const Cpu& c) { return c.machine.memory_size(); })
      .def(
          "load_program",
          [](Cpu& c, const py::buffer& code, u64 address) {
            py::buffer_info info;
            c.machine.load_program(bytes_of(code, info), address);
          },
          py::arg("code"), py::arg("address") = 0, "Writes machine code into memory at `address`.")
      .def("set_pc", [](Cpu& c, u64 pc) { c.machine.set_pc(0, pc); }, py::arg("pc"),
           "Sets the pc, and makes a stopped core ready to run again.")
      .def_property_readonly("pc", [](const Cpu& c) { return c.machine.pc()[0]; })
      .def(
          "set_register",
          [](Cpu& c, int n, u64 value) {
            check_register(n);
            c.machine.registers()[n] = value;
          },
          py::arg("n"), py::arg("value"), "Sets x0..x30, or sp as register 31.")
      .def(
          "get_register",
          [](const Cpu& c, int n) {
            check_register(n);
            return c.machine.registers()[n];
          },
          py::arg("n"))
      .def_property_readonly(
          "registers", [](py::object self) { return view_of(self.cast<Cpu&>().machine.registers(), {32}, self); },
          "x0..x30 and sp, as a uint64 array over the core's own registers.")
      .def_property(
          "flags", [](const Cpu& c) { return Flags{c.machine.flags()[0]}; },
          [](Cpu& c, u32 nzcv) { c.machine.flags()[0] = nzcv & 0xf0000000u; }, "NZCV; set it as an int.")
      .def_property_readonly("cycles", [](const Cpu& c) { return c.machine.cycles()[0]; },
                             "Instructions completed since the core was made.")
      .def_property_readonly("stop_reason", [](const Cpu& c) { return arm64::StopReason(c.machine.stop_reason()[0]); })
      .def(
          "execute",
          [](Cpu& c, u64 max_cycles) {
            u64 before = c.machine.cycles()[0];
            execute(c.machine, max_cycles);
            return ExecuteResult{c.machine.cycles()[0] - before, c.machine.stop_reason()[0], c.machine.pc()[0],
                                 c.machine.stop_detail()[0]};
          },
          py::arg("max_cycles") = u64(100'000'000),
          "Runs until the core stops or has run `max_cycles` instructions; a core stopped by its cycle limit "
          "goes on where it was.")
      .def_property_readonly(
          "memory",
          [](py::object self) {
            Machine& machine = self.cast<Cpu&>().machine;
            return view_of(machine.memory(0), {py::ssize_t(machine.memory_size())}, self);
          },
          "The core's memory, as a uint8 array over it.")
      .def(
          "read_memory",
          [](const Cpu& c, u64 address, u64 size) {
            std::vector<arm64::u8> data = c.machine.read_memory(0, address, size);
            return py::bytes(reinterpret_cast<const char*>(data.data()), data.size());
          },
          py::arg("address"), py::arg("size"))
      .def("read_memory_64", [](const Cpu& c, u64 address) { return read_word(c, address, 8); }, py::arg("address"))
      .def("read_memory_32", [](const Cpu& c, u64 address) { return read_word(c, address, 4); }, py::arg("address"))
      .def(
          "write_memory",
          [](Cpu& c, u64 address, const py::buffer& data) {
            py::buffer_info info;
            c.machine.write_memory(0, address, bytes_of(data, info));
          },
          py::arg("address"), py::arg("data"))
      .def("write_memory_64", [](Cpu& c, u64 address, u64 value) { write_word(c, address, value, 8); },
           py::arg("address"), py::arg("value"))
      .def_property_readonly(
          "output", [](const Cpu& c) { return py::bytes(c.machine.output(0)); }, "What the program wrote to fd 1.")
      .def("clear_output", [](Cpu& c) { c.machine.clear_output(0); });
}

}  // namespace ingot::python
