// scratch: times a kernel variant on a predecoded loop, on `cores` cores
#include <cstdio>
#include <cstdlib>
#include <vector>
#include <cuda_runtime.h>
#include VARIANT
using namespace ingot::arm64;
#define CK(x) do { cudaError_t e = (x); if (e) { printf("%s: %s\n", #x, cudaGetErrorString(e)); return 1; } } while (0)
int main(int argc, char** argv) {
  FILE* f = fopen(argv[1], "rb");
  std::vector<MicroOp> ops(64);
  size_t n = fread(ops.data(), sizeof(MicroOp), 64, f);
  fclose(f);
  unsigned long long iterations = atoll(argv[2]);
  unsigned cores = atoi(argv[3]);
  u64 memsize = cores == 1 ? 65536 : 4096, sp = cores == 1 ? 0x8000 : 2048;
  u64 *regs, *pc, *cycles, *limit, *detail; u32 *flags, *reason, *priv, *outlen; u8 *mem, *out; MicroOp* prog;
  CK(cudaMalloc(&regs, 32 * 8 * cores)); CK(cudaMalloc(&pc, 8 * cores)); CK(cudaMalloc(&cycles, 8 * cores)); CK(cudaMalloc(&limit, 8 * cores));
  CK(cudaMalloc(&detail, 8 * cores)); CK(cudaMalloc(&flags, 4 * cores)); CK(cudaMalloc(&reason, 4 * cores)); CK(cudaMalloc(&priv, 4 * cores));
  CK(cudaMalloc(&outlen, 4 * cores)); CK(cudaMalloc(&mem, memsize * cores)); CK(cudaMalloc(&out, 64 * cores)); CK(cudaMalloc(&prog, n * 16));
  CK(cudaMemcpy(prog, ops.data(), n * 16, cudaMemcpyHostToDevice));
  MachineView v{regs, pc, cycles, limit, detail, flags, reason, priv, outlen, mem, out, prog, 0, (n - 1) * 4, memsize, 64, cores};
  std::vector<u64> r(32 * cores), lim(cores, ~0ull);
  for (int rep = 0; rep < 3; ++rep) {
    for (unsigned c = 0; c < cores; ++c) { r[c * 32] = rep == 0 ? 100 : iterations; r[c * 32 + 31] = sp; }
    CK(cudaMemcpy(regs, r.data(), r.size() * 8, cudaMemcpyHostToDevice));
    CK(cudaMemset(pc, 0, 8 * cores)); CK(cudaMemset(cycles, 0, 8 * cores)); CK(cudaMemset(reason, 0, 4 * cores));
    CK(cudaMemset(priv, 0, 4 * cores)); CK(cudaMemset(outlen, 0, 4 * cores)); CK(cudaMemset(flags, 0, 4 * cores));
    CK(cudaMemcpy(limit, lim.data(), 8 * cores, cudaMemcpyHostToDevice));
    cudaEvent_t a, b; cudaEventCreate(&a); cudaEventCreate(&b);
    unsigned block = cores < 128 ? 32 : 128;
    cudaEventRecord(a);
    arm64_run<<<(cores + block - 1) / block, block, block * 32 * 8>>>(v);
    cudaEventRecord(b);
    CK(cudaEventSynchronize(b)); CK(cudaGetLastError());
    float ms; cudaEventElapsedTime(&ms, a, b);
    std::vector<u64> cyc(cores); u32 why; CK(cudaMemcpy(cyc.data(), cycles, 8 * cores, cudaMemcpyDeviceToHost)); CK(cudaMemcpy(&why, reason, 4, cudaMemcpyDeviceToHost));
    u64 total = 0; for (u64 c : cyc) total += c;
    if (rep) printf("%-4s %-26s %7u cores %12llu instr %9.2f ms %10.2f M/s stop %u\n", VARIANT_NAME, argv[1], cores, total, ms, total / ms / 1e3, why);
  }
}
