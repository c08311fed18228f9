"""The GPU backend's translated blocks (src/arm64/block_translator.h)
against the CPU backend's interpreter, the reference: every test program,
and the benchmark's loops, end in the same state (registers, flags, pc,
cycles, stop reason and detail, memory, output), also when execute() stops
them at arbitrary cycle counts and resumes them."""

import pathlib
import sys

import numpy as np
import pytest

import ingot.arm64 as arm64
from programs import cases, install

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "bench" / "arm64"))
from loops import code  # noqa: E402

MEMORY = 4 << 20


@pytest.fixture(scope="module")
def gpu():
    if not arm64.gpu_available():
        pytest.skip("GPU backend: " + arm64.gpu_unavailable_reason())


def assert_same(got, want):
    assert got.stop_reason == want.stop_reason
    assert got.pc == want.pc
    assert got.cycles == want.cycles
    assert int(got.flags) == int(want.flags)
    assert np.array_equal(got.registers, want.registers)
    assert got.output == want.output
    assert np.array_equal(got.memory, want.memory)


def run_both(make, limits):
    translated, reference = make("gpu", True), make("cpu", None)
    for limit in limits:
        a, b = translated.execute(limit), reference.execute(limit)
        assert (a.cycles, a.stop_reason, a.detail) == (b.cycles, b.stop_reason, b.detail)
        assert_same(translated, reference)
    return reference


@pytest.mark.parametrize("name", list(cases()))
def test_program_ends_as_in_the_interpreter(programs, gpu, name):
    program = programs[name]

    def make(backend, translate):
        cpu = arm64.Arm64CPU(MEMORY, backend=backend, translate=translate, output_capacity=512)
        install(cpu, program)
        cpu.set_pc(program.entry)
        cpu.set_register(31, MEMORY)
        return cpu

    reference = run_both(make, [1000, 7, 100_000_000])
    assert reference.stop_reason != arm64.StopReason.CYCLE_LIMIT


@pytest.mark.parametrize("loop", ["loop", "loop_stores", "mix"])
def test_loop_stops_at_every_cycle_count(gpu, loop):
    def make(backend, translate):
        cpu = arm64.Arm64CPU(1 << 16, backend=backend, translate=translate)
        cpu.load_program(code(loop))
        cpu.set_register(0, 1000)
        cpu.set_register(31, 0x8000)
        return cpu

    reference = run_both(make, list(range(1, 14)) + [1 << 30])
    assert reference.stop_reason == arm64.StopReason.HALT


def test_default_runs_one_core_and_farms(gpu):
    # Translated for one core, interpreted for 64: both end as they must.
    for cores in (1, 64):
        farm = arm64.Arm64Farm(cores, 4096, backend="gpu")
        farm.load_program(code("loop"))
        farm.registers[:, 0] = 100
        farm.execute(10**6)
        assert (farm.registers[:, 1] == 100).all()
        assert (farm.stop_reason == int(arm64.StopReason.HALT)).all()
