// The GPU layer's C++ benchmarks: launch overhead (plain and through a
// graph), vector add against device-to-device copy bandwidth, kernel cache
// hits, zero-copy read bandwidth, pool allocations. Run on a GPU machine:
//   build/src/gpu/gpu_bench bench/gpu/kernels.cu
// bench.py runs the Python side, beside CuPy and PyTorch.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <vector>

#include "gpu/gpu.h"
#include "gpu/kernel_cache.h"

using namespace ingot::gpu;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The median of `runs` device times of `work`, in milliseconds, after a warm-up.
double median_device_ms(const Stream& stream, int runs, const std::function<void()>& work) {
  work();
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    Event start = stream.record();
    work();
    Event end = stream.record();
    end.synchronize();
    times.push_back(start.elapsed_ms(end));
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

void report(const char* what, double value, const char* unit) { std::printf("%-52s %12.3f %s\n", what, value, unit); }

// Host time per call of `enqueue`, median over batches of 256 calls, each
// batch starting on an idle device: more calls than the driver queues would
// time the device instead.
double host_us_per_launch(const Stream& stream, const std::function<void()>& enqueue) {
  std::vector<double> per_call;
  for (int batch = 0; batch < 200; ++batch) {
    stream.synchronize();
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 256; ++i) enqueue();
    per_call.push_back(seconds_since(start) / 256 * 1e6);
  }
  std::sort(per_call.begin(), per_call.end());
  return per_call[per_call.size() / 2];
}

void launch_overhead(const Device& device, const Module& module) {
  Kernel noop = module.kernel("noop4");
  Buffer buffer = Buffer::device(device, 1024);
  Stream stream = Stream::create(device);
  ArgPack args;
  args.add(buffer).add(buffer).add(buffer).add(256u);
  LaunchConfig one_block{{1}, {256}};
  report("launch: host time per kernel launch",
         host_us_per_launch(stream, [&] { noop.launch(one_block, args, stream); }), "us");
  // The driver's own share: the same launch, straight to cuLaunchKernel.
  void** params = args.pointers();
  report("launch: for scale, cuLaunchKernel alone", host_us_per_launch(stream, [&] {
           check_driver(driver().cuLaunchKernel(noop.handle(), 1, 1, 1, 256, 1, 1, 0, stream.handle(), params, nullptr),
                        "cuLaunchKernel");
         }),
         "us");

  constexpr int kLaunches = 100000;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kLaunches; ++i) noop.launch(one_block, args, stream);
  stream.synchronize();
  report("launch: wall time per kernel, 100000 back to back", seconds_since(start) / kLaunches * 1e6, "us");

  constexpr int kPerGraph = 1000, kReplays = 100;
  GraphCapture capture(stream);
  for (int i = 0; i < kPerGraph; ++i) noop.launch(one_block, args, stream);
  Graph graph = capture.finish();
  graph.launch(stream);
  stream.synchronize();
  start = std::chrono::steady_clock::now();
  for (int i = 0; i < kReplays; ++i) graph.launch(stream);
  double host = seconds_since(start);
  stream.synchronize();
  double wall = seconds_since(start);
  report("graph: host time per kernel (1000 per graph)", host / (kPerGraph * kReplays) * 1e6, "us");
  report("graph: wall time per kernel, back to back", wall / (kPerGraph * kReplays) * 1e6, "us");
}

void vector_add_bandwidth(const Device& device, const Module& module) {
  constexpr unsigned long long n = 100'000'000;
  constexpr size_t bytes = n * sizeof(float);
  Stream stream = Stream::create(device);
  Buffer a = Buffer::device(stream, bytes), b = Buffer::device(stream, bytes), c = Buffer::device(stream, bytes);
  stream.fill(a, 0x3f);  // about 0.75: real numbers, not zeros
  stream.fill(b, 0x40);
  double copy_ms = median_device_ms(stream, 20, [&] { stream.copy(c, a); });
  double copy_gbs = 2.0 * bytes / copy_ms / 1e6;  // read + write
  Kernel add = module.kernel("vector_add4");
  unsigned long long n4 = n / 4;
  LaunchConfig config{{unsigned((n4 + 255) / 256)}, {256}};
  double add_ms = median_device_ms(stream, 20, [&] { add(config, stream, a, b, c, n4); });
  double add_gbs = 3.0 * bytes / add_ms / 1e6;  // two reads + one write
  report("copy: device to device, 400 MB (read+write)", copy_gbs, "GB/s");
  report("vector add: 1e8 float32 (2 reads + 1 write)", add_gbs, "GB/s");
  report("vector add: time", add_ms, "ms");
  report("vector add: fraction of copy bandwidth", add_gbs / copy_gbs * 100, "%");
}

void zero_copy_read(const Device& device, const Module& module) {
  constexpr size_t bytes = size_t(256) << 20;
  Buffer shared = Buffer::shared(device, bytes);
  std::fill_n(reinterpret_cast<float*>(shared.host_ptr()), bytes / 4, 1.0f);
  Buffer sum = Buffer::device(device, 4);
  Stream stream = Stream::create(device);
  Kernel read = module.kernel("read_sum4");
  int blocks = device.properties().multiprocessor_count * 8;
  double ms = median_device_ms(stream, 10, [&] { read({{unsigned(blocks)}, {256}}, stream, shared, bytes / 16, sum); });
  report("zero copy: GPU read of a shared buffer, 256 MB", bytes / ms / 1e6, "GB/s");
  Buffer device_copy = Buffer::device(device, bytes);
  double upload_ms = median_device_ms(stream, 10, [&] { stream.copy(device_copy, shared); });
  report("zero copy: for comparison, pinned host to device copy", bytes / upload_ms / 1e6, "GB/s");
}

void compile_cache(const Device& device, const std::string& source) {
  CompileOptions uncached;
  uncached.use_cache = false;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) Module::compile(device, source, uncached);
  report("compile: NVRTC, no cache (compiles per second)", 5 / seconds_since(start), "/s");

  Module::compile(device, source);  // fills both caches
  constexpr int kHits = 10000;
  start = std::chrono::steady_clock::now();
  for (int i = 0; i < kHits; ++i) Module::compile(device, source);
  report("compile: in-process cache hit", seconds_since(start) / kHits * 1e6, "us");

  // What a new process pays: read the entry from disk and load the module.
  const NvrtcLoad& compiler = nvrtc();
  Target target = choose_target({}, device.properties().architecture(), compiler.architectures);
  std::string key = kernel_cache_key(source, {}, compiler.version, target);
  KernelCache disk(*KernelCache::default_directory());
  constexpr int kLoads = 200;
  start = std::chrono::steady_clock::now();
  for (int i = 0; i < kLoads; ++i) Module::from_image(device, *disk.load(key)).kernel("vector_add4");
  report("compile: disk cache hit (read + load module)", seconds_since(start) / kLoads * 1e6, "us");
}

void pool_allocations(const Device& device) {
  constexpr int kAllocations = 1'000'000;
  { Buffer warm = Buffer::device(device, 1 << 20); }
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kAllocations; ++i) Buffer buffer = Buffer::device(device, 1 << 20);
  report("pool: 1 MiB allocate + free, per second", kAllocations / seconds_since(start) / 1e6, "M/s");
  device.memory_pool().trim();
  constexpr int kDriverAllocations = 2000;
  start = std::chrono::steady_clock::now();
  for (int i = 0; i < kDriverAllocations; ++i) {
    Buffer buffer = Buffer::device(device, 1 << 20);
    device.memory_pool().trim();
  }
  report("pool: for comparison, cuMemAlloc + cuMemFree per second",
         kDriverAllocations / seconds_since(start) / 1e3, "k/s");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: gpu_bench bench/gpu/kernels.cu\n");
    return 2;
  }
  if (!is_available()) {
    std::fprintf(stderr, "no CUDA device: %s\n", unavailable_reason().c_str());
    return 1;
  }
  std::ifstream file(argv[1]);
  std::string source((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  Device device(0);
  std::printf("%s, sm_%d, NVRTC %s, driver %d\n", device.properties().name.c_str(),
              device.properties().architecture(), nvrtc().version.c_str(), process_driver().version);
  Module module = Module::compile(device, source);
  launch_overhead(device, module);
  vector_add_bandwidth(device, module);
  zero_copy_read(device, module);
  compile_cache(device, source);
  pool_allocations(device);
}
