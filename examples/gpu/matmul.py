"""A tiled matrix multiply: each block computes a TILE x TILE piece of C,
staging the matching strips of A and B through shared memory so that each
element is read from device memory once per tile instead of once per product.

    PYTHONPATH=build/python python3 examples/gpu/matmul.py
"""

import numpy as np

import ingot.gpu as gpu

TILE = 16

SOURCE = r"""
extern "C" __global__ void matmul(const float* a, const float* b, float* c, unsigned m, unsigned n, unsigned k) {
  __shared__ float a_tile[TILE][TILE];
  __shared__ float b_tile[TILE][TILE + 1];  // padded: column reads hit distinct banks
  unsigned row = blockIdx.y * TILE + threadIdx.y, col = blockIdx.x * TILE + threadIdx.x;
  float sum = 0;
  for (unsigned t = 0; t < k; t += TILE) {
    a_tile[threadIdx.y][threadIdx.x] = row < m && t + threadIdx.x < k ? a[row * k + t + threadIdx.x] : 0;
    b_tile[threadIdx.y][threadIdx.x] = t + threadIdx.y < k && col < n ? b[(t + threadIdx.y) * n + col] : 0;
    __syncthreads();
    for (unsigned i = 0; i < TILE; ++i) sum += a_tile[threadIdx.y][i] * b_tile[i][threadIdx.x];
    __syncthreads();
  }
  if (row < m && col < n) c[row * n + col] = sum;
}
"""


def matmul(device, a, b):
    """a @ b for float32 matrices, computed by the GPU."""
    (m, k), (k2, n) = a.shape, b.shape
    assert k == k2, "inner dimensions differ"
    kernel = device.compile(SOURCE, options=[f"-DTILE={TILE}"]).kernel("matmul")
    da, db = device.upload(a.astype(np.float32)), device.upload(b.astype(np.float32))
    dc = device.alloc(m * n * 4).view(np.float32, (m, n))
    grid = ((n + TILE - 1) // TILE, (m + TILE - 1) // TILE)
    kernel.launch(grid, (TILE, TILE), (da, db, dc, m, n, k))
    return dc.to_host()


def main():
    device = gpu.Device(0)
    rng = np.random.default_rng(0)
    a = rng.standard_normal((500, 300), dtype=np.float32)
    b = rng.standard_normal((300, 700), dtype=np.float32)
    c = matmul(device, a, b)
    reference = a.astype(np.float64) @ b.astype(np.float64)
    print(f"{device.name}: relative error {np.linalg.norm(c - reference) / np.linalg.norm(reference):.2e}")


if __name__ == "__main__":
    main()
