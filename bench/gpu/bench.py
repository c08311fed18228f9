"""The GPU layer's Python benchmarks, beside CuPy and PyTorch doing the same
work where they are installed. Run on a GPU machine:

    PYTHONPATH=build/python python3 bench/gpu/bench.py [--json results.json]

Device times are medians of CUDA-event timings after a warm-up; host times
are wall-clock time per call over many calls.
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import time

import numpy as np

import ingot.gpu as gpu

SOURCE = (pathlib.Path(__file__).resolve().parent / "kernels.cu").read_text()
N = 100_000_000  # float32 elements of the vector add
results = []


def report(group, what, value, unit):
    results.append({"group": group, "what": what, "value": value, "unit": unit})
    print(f"{group:8} {what:58} {value:12.3f} {unit}", flush=True)


def host_seconds(fn, calls):
    fn()
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def median_ms(timer, fn, runs=20):
    """Median device milliseconds of fn(), timed by a library's events:
    timer is (record() -> event, elapsed_ms(start, end))."""
    record, elapsed_ms = timer
    fn()
    times = []
    for _ in range(runs):
        start = record()
        fn()
        end = record()
        end.synchronize()
        times.append(elapsed_ms(start, end))
    return sorted(times)[len(times) // 2]


def ingot_timer(stream):
    return stream.record, lambda start, end: start.elapsed_ms(end)


def cupy_timer(cupy):
    def record():
        event = cupy.cuda.Event()
        event.record()
        return event

    return record, cupy.cuda.get_elapsed_time


def torch_timer(torch):
    def record():
        event = torch.cuda.Event(enable_timing=True)
        event.record()
        return event

    return record, lambda start, end: start.elapsed_time(end)


def peers():
    found = {}
    try:
        import cupy

        found["cupy"] = cupy
    except ImportError:
        print("CuPy is not installed: its columns are skipped")
    try:
        import torch

        if torch.cuda.is_available():
            found["torch"] = torch
    except ImportError:
        print("PyTorch is not installed: its columns are skipped")
    return found


def host_us_per_launch(enqueue, synchronize, batch=256):
    """Host microseconds per call of enqueue(), median over batches of calls,
    each batch starting on an idle device: more calls than the driver queues
    would time the device instead."""
    per_call = []
    for _ in range(100):
        synchronize()
        start = time.perf_counter()
        for _ in range(batch):
            enqueue()
        per_call.append((time.perf_counter() - start) / batch * 1e6)
    return sorted(per_call)[len(per_call) // 2]


def launch_overhead(dev, module, others):
    report("launch", "python: a trivial method call, for scale", host_seconds(lambda: dev.ordinal, 100000) * 1e6, "us")
    k = module.kernel("noop4")
    buf = dev.alloc(1024)
    s = dev.stream()
    args = (buf, buf, buf, 256)
    report("launch", "ingot k.launch(1, 256, args, stream=s): host per launch",
           host_us_per_launch(lambda: k.launch(1, 256, args, stream=s), s.synchronize), "us")
    report("launch", "ingot k.launch(grid=, block=, args=): host per launch",
           host_us_per_launch(lambda: k.launch(grid=(1,), block=(256,), args=args), dev.synchronize), "us")
    bound = k.bind(1, 256, args, stream=s)
    report("launch", "ingot k.bind(...)(): host per launch", host_us_per_launch(bound, s.synchronize), "us")
    start = time.perf_counter()
    for _ in range(100000):
        bound()
    s.synchronize()
    report("launch", "ingot bound launch: wall per kernel, 100000 back to back",
           (time.perf_counter() - start) / 100000 * 1e6, "us")
    with s.capture() as graph:
        for _ in range(1000):
            k.launch(1, 256, args, stream=s)
    graph.replay(s)
    s.synchronize()
    start = time.perf_counter()
    for _ in range(100):
        graph.replay(s)
    s.synchronize()
    report("launch", "ingot graph of 1000 launches: wall per kernel", (time.perf_counter() - start) / 1e5 * 1e6, "us")
    report("launch", "ingot graph of 1000 launches: host per kernel",
           host_us_per_launch(lambda: graph.replay(s), s.synchronize, batch=8) / 1000, "us")
    if "cupy" in others:
        cupy = others["cupy"]
        kernel = cupy.RawKernel(SOURCE, "noop4")
        a = cupy.empty(256, cupy.float32)
        n = np.uint32(256)
        report("launch", "cupy RawKernel call: host per launch",
               host_us_per_launch(lambda: kernel((1,), (256,), (a, a, a, n)), cupy.cuda.Device().synchronize), "us")
    if "torch" in others:
        torch = others["torch"]
        t = torch.empty(256, device="cuda")
        report("launch", "torch t.add_(1) (one elementwise kernel): host per call",
               host_us_per_launch(lambda: t.add_(1), torch.cuda.synchronize), "us")


def vector_add(dev, module):
    s = dev.stream()
    a, b, c = (dev.alloc(N * 4, stream=s).view(np.float32) for _ in range(3))
    a.fill(0x3F, stream=s)  # about 0.75 and 3.0: real numbers, not zeros
    b.fill(0x40, stream=s)
    copy_ms = median_ms(ingot_timer(s), lambda: c.copy_from(a, stream=s))
    copy = 2 * N * 4 / copy_ms / 1e6
    report("add", "ingot device-to-device copy, 400 MB (read + write)", copy, "GB/s")
    k = module.kernel("vector_add4")
    n4 = N // 4
    add_ms = median_ms(ingot_timer(s), lambda: k.launch((n4 + 255) // 256, 256, (a, b, c, n4), stream=s))
    add = 3 * N * 4 / add_ms / 1e6
    report("add", "ingot vector add, 1e8 float32 (2 reads + 1 write)", add, "GB/s")
    report("add", "ingot vector add as a fraction of copy bandwidth", 100 * add / copy, "%")
    expected = np.frombuffer(np.array([0x3F3F3F3F, 0x40404040], np.uint32).tobytes(), np.float32).sum()
    assert c.slice(0, 4 * 1024).view(np.float32).to_host().tolist() == [expected] * 1024


def cupy_vector_add(cupy):
    x, y, z = (cupy.full(N, v, cupy.float32) for v in (0.75, 2.0, 0.0))
    copy_ms = median_ms(cupy_timer(cupy), lambda: cupy.copyto(z, x))
    add_ms = median_ms(cupy_timer(cupy), lambda: cupy.add(x, y, out=z))
    report("add", "cupy copyto (read + write)", 2 * N * 4 / copy_ms / 1e6, "GB/s")
    report("add", "cupy add(x, y, out=z)", 3 * N * 4 / add_ms / 1e6, "GB/s")


def torch_vector_add(torch):
    x, y, z = (torch.full((N,), v, device="cuda") for v in (0.75, 2.0, 0.0))
    copy_ms = median_ms(torch_timer(torch), lambda: z.copy_(x))
    add_ms = median_ms(torch_timer(torch), lambda: torch.add(x, y, out=z))
    report("add", "torch z.copy_(x) (read + write)", 2 * N * 4 / copy_ms / 1e6, "GB/s")
    report("add", "torch add(x, y, out=z)", 3 * N * 4 / add_ms / 1e6, "GB/s")


def zero_copy_read(dev, module):
    nbytes = 256 << 20
    shared = dev.shared(nbytes)
    shared.numpy(np.float32)[:] = 1.0
    total = dev.alloc(4)
    s = dev.stream()
    k = module.kernel("read_sum4")
    blocks = dev.properties.multiprocessor_count * 8
    ms = median_ms(ingot_timer(s), lambda: k.launch(blocks, 256, (shared, nbytes // 16, total), stream=s), runs=10)
    report("shared", "ingot GPU read of a zero-copy shared buffer, 256 MB", nbytes / ms / 1e6, "GB/s")
    staged = dev.alloc(nbytes)
    ms = median_ms(ingot_timer(s), lambda: staged.copy_from(shared, stream=s), runs=10)
    report("shared", "for comparison: copy of the same pinned memory to the device", nbytes / ms / 1e6, "GB/s")


def compile_cache(dev, others):
    report("compile", "ingot NVRTC compile, cache off: compiles per second",
           1 / host_seconds(lambda: dev.compile(SOURCE, cache=False), 5), "/s")
    dev.compile(SOURCE)
    report("compile", "ingot cache hit in the same process", host_seconds(lambda: dev.compile(SOURCE), 10000) * 1e6,
           "us")
    probe = (
        "import sys, time, ingot.gpu as gpu\n"
        "dev = gpu.Device(0)\n"
        "src = open(sys.argv[1]).read()\n"
        "t = time.perf_counter(); gpu.nvrtc_version(); nvrtc = time.perf_counter() - t\n"
        "t = time.perf_counter(); dev.compile(src).kernel('noop4'); hit = time.perf_counter() - t\n"
        "print(nvrtc, hit)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, str(pathlib.Path(__file__).resolve().parent / "kernels.cu")],
                         capture_output=True, text=True, check=True, env=os.environ).stdout.split()
    report("compile", "ingot new process: loading NVRTC (once per process)", float(out[0]) * 1e3, "ms")
    report("compile", "ingot new process: disk cache hit + module load", float(out[1]) * 1e6, "us")
    if "cupy" in others:
        cupy = others["cupy"]
        cupy.RawModule(code=SOURCE).get_function("noop4")
        report("compile", "cupy RawModule(code).get_function: cache hit",
               host_seconds(lambda: cupy.RawModule(code=SOURCE).get_function("noop4"), 200) * 1e6, "us")


def pool_allocations(dev, others):
    report("alloc", "ingot dev.alloc(1 MiB) + free: per second",
           1 / host_seconds(lambda: dev.alloc(1 << 20), 200000) / 1e3, "k/s")
    if "cupy" in others:
        cupy = others["cupy"]
        report("alloc", "cupy.empty(1 MiB) + free: per second",
               1 / host_seconds(lambda: cupy.empty(1 << 20, cupy.uint8), 200000) / 1e3, "k/s")
    if "torch" in others:
        torch = others["torch"]
        report("alloc", "torch.empty(1 MiB, device='cuda') + free: per second",
               1 / host_seconds(lambda: torch.empty(1 << 20, dtype=torch.uint8, device="cuda"), 200000) / 1e3, "k/s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="also write the results here")
    options = parser.parse_args()
    if not gpu.is_available():
        sys.exit("no CUDA device: " + gpu.unavailable_reason())
    dev = gpu.Device(0)
    print(f"{dev.name}, sm_{dev.properties.architecture}, NVRTC {gpu.nvrtc_version()}")
    others = peers()
    module = dev.compile(SOURCE)
    launch_overhead(dev, module, others)
    vector_add(dev, module)
    dev.memory_pool.trim()  # each library's 1.2 GB goes back before the next takes its own
    if "cupy" in others:
        cupy_vector_add(others["cupy"])
        others["cupy"].get_default_memory_pool().free_all_blocks()
    if "torch" in others:
        torch_vector_add(others["torch"])
        others["torch"].cuda.empty_cache()
    zero_copy_read(dev, module)
    compile_cache(dev, others)
    pool_allocations(dev, others)
    if options.json:
        pathlib.Path(options.json).write_text(json.dumps({"device": dev.name, "results": results}, indent=1))


if __name__ == "__main__":
    main()
