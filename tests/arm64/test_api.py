"""ingot.arm64's Python surface: zero-copy views, results, and errors for
bad input. The programs are instruction words, with their assembly beside
them (as aarch64-linux-gnu-as encodes it)."""

import struct

import numpy as np
import pytest

import ingot.arm64 as arm64

HLT = 0xD4400000


def words(*instructions):
    return struct.pack(f"<{len(instructions)}I", *instructions)


# x1 += 1; [sp + 8] = x1; x0 -= 1 until zero; hlt
LOOP = words(0x91000421, 0xF90007E1, 0xF1000400, 0x54FFFFA1, HLT)
# mov x0, #42; mov x8, #93; svc #0
EXIT_42 = words(0xD2800540, 0xD2800BA8, 0xD4000001)


def test_views_are_the_cores_own_memory(backend):
    cpu = arm64.Arm64CPU(1 << 16, backend=backend)
    registers, memory = cpu.registers, cpu.memory
    assert registers.dtype == np.uint64 and registers.shape == (32,)
    assert memory.dtype == np.uint8 and memory.shape == (1 << 16,)
    cpu.load_program(LOOP)
    registers[0] = 5  # written through the view, with no copy call
    registers[31] = 0x800
    result = cpu.execute()
    assert result.stop_reason == arm64.StopReason.HALT and result.pc == 16 and result.cycles == 5 * 4
    # read through the same views, with no copy call
    assert registers[1] == 5 and cpu.get_register(1) == 5
    assert memory[0x808:0x810].tobytes() == struct.pack("<Q", 5) == cpu.read_memory(0x808, 8)
    assert cpu.read_memory_64(0x808) == 5
    assert cpu.registers.__array_interface__["data"][0] == registers.__array_interface__["data"][0]
    assert cpu.flags.z and not cpu.flags.n and int(cpu.flags) == 0x60000000


def test_exit_code_and_output(backend):
    cpu = arm64.Arm64CPU(4096, backend=backend)
    cpu.load_program(EXIT_42, 0x100)
    cpu.set_pc(0x100)
    result = cpu.execute(1000)
    assert (result.stop_reason_name, result.exit_code, result.pc, result.cycles) == ("exit", 42, 0x108, 2)
    assert cpu.output == b"" and cpu.backend == backend


def test_a_view_keeps_its_machine_alive(backend):
    memory = arm64.Arm64CPU(4096, backend=backend).memory
    memory[:] = 7
    assert memory.sum() == 7 * 4096


def test_farm_views_are_indexed_by_core(backend):
    farm = arm64.Arm64Farm(cores=100, memory_size=4096, backend=backend)
    assert farm.registers.shape == (100, 32) and farm.memory.shape == (100, 4096)
    assert farm.pc.shape == farm.cycles.shape == farm.flags.shape == farm.stop_reason.shape == (100,)
    farm.load_program(LOOP)
    farm.registers[:, 0] = np.arange(1, 101)
    farm.registers[:, 31] = 2048
    result = farm.execute(10_000)
    assert (farm.registers[:, 1] == np.arange(1, 101)).all()
    assert (farm.memory[:, 2056] == np.arange(1, 101)).all()
    assert result.instructions == 4 * np.arange(1, 101).sum() == farm.cycles.sum()
    assert (farm.stop_reason == int(arm64.StopReason.HALT)).all()


def test_bad_input_raises():
    with pytest.raises(ValueError, match="backend"):
        arm64.Arm64CPU(backend="tpu")
    with pytest.raises(ValueError, match="multiple of 8"):
        arm64.Arm64CPU(12, backend="cpu")
    with pytest.raises(ValueError, match="at least one core"):
        arm64.Arm64Farm(0, backend="cpu")
    cpu = arm64.Arm64CPU(4096, backend="cpu")
    with pytest.raises(IndexError):
        cpu.set_register(32, 0)
    with pytest.raises(IndexError, match="do not fit"):
        cpu.load_program(b"\0" * 8, 4092)
    with pytest.raises(ValueError, match="multiple of 4"):
        cpu.load_program(b"\0" * 4, 2)
    with pytest.raises(IndexError):
        cpu.read_memory_64(4090)
    farm = arm64.Arm64Farm(4, 4096, backend="cpu")
    with pytest.raises(IndexError):
        farm.output(4)
    with pytest.raises(IndexError):
        farm.set_pc(0, core=9)


def test_stop_reasons_have_names():
    assert arm64.stop_reason_name(int(arm64.StopReason.MEMORY_FAULT)) == "memory_fault"
    assert arm64.stop_reason_name(99) == "unknown"
