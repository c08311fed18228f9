"""Real AArch64 programs, built with Debian's cross toolchain, run on the
emulator's backends and compared with qemu-aarch64: the same output bytes
and the same exit status."""

import pytest

import ingot.arm64 as arm64
from programs import FAULT_PROGRAMS, cases, install

MEMORY = 4 << 20
RUNNING = [name for name in cases() if name not in FAULT_PROGRAMS]


def run(program, backend, memory_size=MEMORY):
    cpu = arm64.Arm64CPU(memory_size, backend=backend)
    install(cpu, program)
    cpu.set_pc(program.entry)
    cpu.set_register(31, memory_size)
    return cpu, cpu.execute(100_000_000)


@pytest.mark.parametrize("name", RUNNING)
def test_program_matches_qemu(programs, backend, name):
    program = programs[name]
    cpu, result = run(program, backend)
    assert result.stop_reason_name == "exit", result
    assert cpu.output == program.stdout
    assert result.exit_code == program.returncode


def test_gpu_counts_the_cycles_the_cpu_counts(programs, backend):
    if backend == "cpu":
        pytest.skip("compares the GPU backend with the CPU one")
    for name in RUNNING:
        assert run(programs[name], "gpu")[1].cycles == run(programs[name], "cpu")[1].cycles, name


def test_undefined_instruction_stops_the_core_at_it(programs, backend):
    program = programs["fault_undefined"]
    assert program.returncode == -4  # qemu: SIGILL
    cpu, result = run(program, backend)
    assert result.stop_reason == arm64.StopReason.UNDEFINED_INSTRUCTION
    assert result.pc == program.symbols["undefined_here"]
    assert result.detail == 0  # the word: UDF #0
    assert cpu.output == program.stdout


def test_memory_fault_stops_the_core_at_the_access(programs, backend):
    program = programs["fault_memory"]
    assert program.returncode == -11  # qemu: SIGSEGV
    cpu, result = run(program, backend)
    assert result.stop_reason_name == "memory_fault"
    assert result.pc == program.symbols["fault_here"]
    assert result.detail == 0x1000_0000_0008
    assert cpu.output == program.stdout


def test_unsupported_syscall_stops_the_core(programs, backend):
    program = programs["fault_syscall"]
    assert program.stdout == b"before\nafter\n"  # qemu answers getpid
    cpu, result = run(program, backend)
    assert result.stop_reason_name == "unsupported_syscall"
    assert (result.pc, result.detail) == (program.symbols["syscall_here"], 172)
    assert cpu.output == b"before\n"


def test_farm_runs_a_different_program_on_each_core(programs, backend):
    names = RUNNING * 3
    farm = arm64.Arm64Farm(len(names), MEMORY, backend=backend, output_capacity=256)
    for core, name in enumerate(names):
        install(farm, programs[name], core)
        farm.set_pc(programs[name].entry, core)
    farm.registers[:, 31] = MEMORY
    result = farm.execute(100_000_000)
    assert result.launches > 1  # outputs larger than 256 bytes were drained on the way
    for core, name in enumerate(names):
        assert arm64.stop_reason_name(farm.stop_reason[core]) == "exit", name
        assert farm.output(core) == programs[name].stdout, name
        assert int(farm.registers[core, 0]) & 0xFF == programs[name].returncode, name
    assert result.instructions == farm.cycles.sum()


@pytest.mark.parametrize("reconverge", [True, False])
def test_farm_runs_one_program_on_every_core(programs, backend, reconverge):
    program = programs["sort-O2"]
    farm = arm64.Arm64Farm(96, MEMORY, backend=backend, reconverge=reconverge)
    install(farm, program)
    farm.set_pc(program.entry)
    farm.registers[:, 31] = MEMORY
    farm.execute(100_000_000)
    assert all(farm.output(core) == program.stdout for core in range(farm.cores))
    assert (farm.stop_reason == int(arm64.StopReason.EXIT)).all()
    assert len(set(farm.cycles.tolist())) == 1
