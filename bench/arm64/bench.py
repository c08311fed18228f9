#!/usr/bin/env python3
"""Benchmarks of the ARM64 machine (ingot.arm64), on the GPU and CPU backends:

  single core   the original's tight loops, with and without a store
  farm, same    one program on every core: the loops, and a mix whose
                branch splits every warp (with and without reconvergence)
  farm, real    the test programs (sort, sieve, hash ...): all cores one
                program, or each core a different one
  mapped        one core running on the zero-copy buffers in place

Sizes come from the command line; each line ends with a checksum of the
cores' final state. Rates are instructions over the cores' running time
(the kernel's, timed with events, on the GPU) and over the wall time of
execute(), copies to and from the device included.

    PYTHONPATH=build/python python3 bench/arm64/bench.py [--programs DIR] [--json FILE]

DIR holds the test programs as `python3 tests/arm64/programs.py DIR` builds
them (needs the cross toolchain); without it the `real` rows are skipped."""

import argparse
import hashlib
import json
import pathlib
import sys

import numpy as np

import ingot.arm64 as arm64
from loops import code

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "arm64"))
import programs as test_programs  # noqa: E402

rows = []


def report(name, backend, cores, result_instructions, run_seconds, wall_seconds, checksum, **extra):
    row = dict(name=name, backend=backend, cores=cores, instructions=result_instructions,
               run_seconds=run_seconds, wall_seconds=wall_seconds, checksum=checksum, **extra)
    rows.append(row)
    rate = result_instructions / run_seconds if run_seconds else float("nan")
    wall = result_instructions / wall_seconds if wall_seconds else float("nan")
    print(f"{name:38} {backend:4} {cores:7} cores {result_instructions:14,} instr "
          f"{rate / 1e6:12,.1f} M/s run {wall / 1e6:12,.1f} M/s wall  checksum {checksum}", flush=True)


def state_checksum(farm):
    h = hashlib.sha256()
    for array in (farm.registers, farm.pc, farm.flags, farm.cycles, farm.stop_reason):
        h.update(np.ascontiguousarray(array).tobytes())
    return h.hexdigest()[:12]


def single_core(program, backend, iterations, **options):
    farm = arm64.Arm64Farm(1, 1 << 16, backend=backend, **options)
    farm.load_program(code(program))
    farm.registers[0, 0] = iterations
    farm.registers[0, 31] = 0x8000
    result = farm.execute(1 << 62)
    assert arm64.stop_reason_name(farm.stop_reason[0]) == "halt"
    name = f"single core: {program}" + (" (mapped)" if options.get("mapped") else "")
    report(name, backend, 1, result.instructions, result.run_seconds, result.seconds, state_checksum(farm))


def loop_farm(program, backend, cores, iterations, reconverge=False):
    farm = arm64.Arm64Farm(cores, 4096, backend=backend, reconverge=reconverge)
    farm.load_program(code(program))
    farm.registers[:, 0] = iterations
    farm.registers[:, 1] = np.arange(cores)  # makes `mix` branch differently on neighbouring cores
    farm.registers[:, 31] = 2048
    result = farm.execute(1 << 62)
    assert (farm.stop_reason == int(arm64.StopReason.HALT)).all()
    suffix = ", reconverging" if reconverge else ""
    report(f"farm, same: {program}{suffix}", backend, cores, result.instructions, result.run_seconds,
           result.seconds, state_checksum(farm))


def real_farm(programs, names, label, backend, cores, reconverge=False, memory=1 << 20):
    farm = arm64.Arm64Farm(cores, memory, backend=backend, reconverge=reconverge, output_capacity=1024)
    if len(set(names)) == 1:
        test_programs.install(farm, programs[names[0]])
        farm.set_pc(programs[names[0]].entry)
    else:
        for core in range(cores):
            program = programs[names[core % len(names)]]
            test_programs.install(farm, program, core)
            farm.set_pc(program.entry, core)
    farm.registers[:, 31] = memory
    result = farm.execute(1 << 40)
    for core in range(cores):
        program = programs[names[core % len(names)]]
        assert farm.output(core) == program.stdout, (core, program.name)
    suffix = ", reconverging" if reconverge else ""
    report(f"farm, real: {label}{suffix}", backend, cores, result.instructions, result.run_seconds, result.seconds,
           state_checksum(farm))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--iterations", type=int, default=5_000_000, help="single core: loop iterations")
    parser.add_argument("--farm-cores", default="16384,131072", help="farm sizes for the loops")
    parser.add_argument("--farm-iterations", type=int, default=20_000, help="loop iterations per farm core")
    parser.add_argument("--real-cores", type=int, default=2048)
    parser.add_argument("--cpu-farm-cores", type=int, default=16384, help="the CPU backend's farm size")
    parser.add_argument("--programs", help="directory of built test programs")
    parser.add_argument("--json", help="write every row here")
    args = parser.parse_args()

    backends = ["cpu"] + (["gpu"] if arm64.gpu_available() else [])
    if "gpu" not in backends:
        print("GPU backend unavailable:", arm64.gpu_unavailable_reason())
    for reconverge in (True, False):  # compile (or load) each kernel variant before timing
        if "gpu" in backends:
            arm64.Arm64Farm(32, 4096, backend="gpu", reconverge=reconverge).execute(1)

    for backend in backends:
        for program in ("loop", "loop_stores"):
            single_core(program, backend, args.iterations)
    if "gpu" in backends:
        single_core("loop", "gpu", args.iterations // 100, mapped=True)

    for backend in backends:
        sizes = [int(n) for n in args.farm_cores.split(",")] if backend == "gpu" else [args.cpu_farm_cores]
        iterations = args.farm_iterations if backend == "gpu" else args.farm_iterations // 10
        for cores in sizes:
            for program in ("loop", "loop_stores", "mix"):
                loop_farm(program, backend, cores, iterations)
            if backend == "gpu":
                loop_farm("mix", backend, cores, iterations, reconverge=True)

    programs = test_programs.load(args.programs) if args.programs else None
    if programs:
        running = [name for name in test_programs.cases() if name not in test_programs.FAULT_PROGRAMS]
        for backend in backends:
            cores = args.real_cores if backend == "gpu" else args.real_cores // 8
            real_farm(programs, ["sort-O2"], "sort -O2 on every core", backend, cores)
            if backend == "gpu":
                real_farm(programs, ["sort-O2"], "sort -O2 on every core", backend, cores, reconverge=True)
            real_farm(programs, running, f"{len(running)} programs, one per core", backend, cores)
            if backend == "gpu":
                real_farm(programs, running, f"{len(running)} programs, one per core", backend, cores,
                          reconverge=True)
    else:
        print("farm, real: skipped (no --programs)")

    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
