#!/usr/bin/env python3
"""Benchmarks of the ARM64 machine (ingot.arm64), on the GPU and CPU backends:

  single core   the original's tight loops, with and without a store, and
                real programs: translated to CUDA (the default for one
                core) and through the interpreter loop
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
import time

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


def variant(options):
    if options.get("mapped"):
        return " (mapped)"
    return {True: " (translated)", False: " (interpreter)"}.get(options.get("translate"), "")


def compile_first(farm):
    """Runs no instruction, so that the translated kernel, if any, is
    compiled (or found in the cache) before the timed run; its seconds."""
    start = time.perf_counter()
    farm.execute(0)
    return time.perf_counter() - start


def report_compile(options, seconds):
    if options.get("translate"):
        print(f"{'':38} (compiling the translated kernel, or finding it in the cache: {seconds:.2f} s)")


def single_core(program, backend, iterations, **options):
    farm = arm64.Arm64Farm(1, 1 << 16, backend=backend, **options)
    farm.load_program(code(program))
    compile_seconds = compile_first(farm)
    farm.registers[0, 0] = iterations
    farm.registers[0, 31] = 0x8000
    result = farm.execute(1 << 62)
    assert arm64.stop_reason_name(farm.stop_reason[0]) == "halt"
    report(f"single core: {program}{variant(options)}", backend, 1, result.instructions, result.run_seconds,
           result.seconds, state_checksum(farm), compile_seconds=compile_seconds)
    report_compile(options, compile_seconds)


def real_single_core(programs, name, backend, memory=4 << 20, **options):
    farm = arm64.Arm64Farm(1, memory, backend=backend, output_capacity=1 << 16, **options)
    test_programs.install(farm, programs[name])
    farm.set_pc(programs[name].entry)
    farm.registers[0, 31] = memory
    compile_seconds = compile_first(farm)
    result = farm.execute(1 << 40)
    assert farm.output(0) == programs[name].stdout, name
    report(f"single core, real: {name}{variant(options)}", backend, 1, result.instructions, result.run_seconds,
           result.seconds, state_checksum(farm), compile_seconds=compile_seconds)
    report_compile(options, compile_seconds)


def loop_farm(program, backend, cores, iterations, reconverge=False, translate=None):
    farm = arm64.Arm64Farm(cores, 4096, backend=backend, reconverge=reconverge, translate=translate)
    farm.load_program(code(program))
    compile_first(farm)
    farm.registers[:, 0] = iterations
    farm.registers[:, 1] = np.arange(cores)  # makes `mix` branch differently on neighbouring cores
    farm.registers[:, 31] = 2048
    result = farm.execute(1 << 62)
    assert (farm.stop_reason == int(arm64.StopReason.HALT)).all()
    suffix = (", reconverging" if reconverge else "") + (", translated" if translate else "")
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
    parser.add_argument("--single-programs", default="sort-O2,sieve-O2,fib-O2",
                        help="test programs to run on one core")
    parser.add_argument("--json", help="write every row here")
    parser.add_argument("--sections", default="single,farm,real", help="which of single, farm, real to run")
    args = parser.parse_args()

    backends = ["cpu"] + (["gpu"] if arm64.gpu_available() else [])
    if "gpu" not in backends:
        print("GPU backend unavailable:", arm64.gpu_unavailable_reason())
    for reconverge in (True, False):  # compile (or load) each kernel variant before timing
        if "gpu" in backends:
            arm64.Arm64Farm(32, 4096, backend="gpu", reconverge=reconverge).execute(1)

    sections = args.sections.split(",")
    for backend in backends if "single" in sections else []:
        for program in ("loop", "loop_stores"):
            if backend == "gpu":
                single_core(program, backend, args.iterations, translate=True)
                single_core(program, backend, args.iterations // 10, translate=False)
            else:
                single_core(program, backend, args.iterations)
    if "gpu" in backends and "single" in sections:
        single_core("loop", "gpu", args.iterations // 100, mapped=True, translate=False)

    for backend in backends if "farm" in sections else []:
        sizes = [int(n) for n in args.farm_cores.split(",")] if backend == "gpu" else [args.cpu_farm_cores]
        iterations = args.farm_iterations if backend == "gpu" else args.farm_iterations // 10
        for cores in sizes:
            for program in ("loop", "loop_stores", "mix"):
                loop_farm(program, backend, cores, iterations)
            if backend == "gpu":
                loop_farm("mix", backend, cores, iterations, reconverge=True)
                for program in ("loop", "loop_stores", "mix"):
                    loop_farm(program, backend, cores, iterations, translate=True)

    programs = test_programs.load(args.programs) if args.programs else None
    if programs and "single" in sections:
        for name in args.single_programs.split(","):
            for backend in backends:
                for translate in ([True, False] if backend == "gpu" else [None]):
                    real_single_core(programs, name, backend, translate=translate)
    if programs and "real" in sections:
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
    if not programs:
        print("real programs: skipped (no --programs)")

    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
