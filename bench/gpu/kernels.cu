// Kernels shared by the C++ and Python GPU benchmarks (gpu_bench.cpp, bench.py).

extern "C" __global__ void empty() {}

// The launch-overhead kernel: does nothing with four arguments, like a small
// elementwise kernel would take.
extern "C" __global__ void noop4(const float* a, const float* b, float* c, unsigned n) {}

// c = a + b over n4 float4s: 16-byte loads and stores, one per thread.
extern "C" __global__ void vector_add4(const float4* __restrict__ a, const float4* __restrict__ b,
                                       float4* __restrict__ c, unsigned long long n4) {
  unsigned long long i = blockIdx.x * (unsigned long long)blockDim.x + threadIdx.x;
  if (i < n4) {
    float4 x = a[i], y = b[i];
    c[i] = make_float4(x.x + y.x, x.y + y.y, x.z + y.z, x.w + y.w);
  }
}

// Sums n4 float4s into *out: a read of every byte, for read bandwidth.
extern "C" __global__ void read_sum4(const float4* __restrict__ in, unsigned long long n4, float* out) {
  float sum = 0;
  for (unsigned long long i = blockIdx.x * (unsigned long long)blockDim.x + threadIdx.x; i < n4;
       i += (unsigned long long)gridDim.x * blockDim.x) {
    float4 v = in[i];
    sum += v.x + v.y + v.z + v.w;
  }
  for (int offset = 16; offset > 0; offset /= 2) sum += __shfl_down_sync(0xffffffff, sum, offset);
  if (threadIdx.x % 32 == 0) atomicAdd(out, sum);
}
