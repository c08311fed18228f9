"""Vector addition on the GPU, in shared memory: numpy writes the inputs and
reads the result in place, with no copies.

    PYTHONPATH=build/python python3 examples/gpu/vector_add.py
"""

import numpy as np

import ingot.gpu as gpu

SOURCE = r"""
extern "C" __global__ void vector_add(const float* a, const float* b, float* c, unsigned n) {
  unsigned i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) c[i] = a[i] + b[i];
}
"""


def vector_add(device, x, y):
    """x + y for float32 vectors, computed by the GPU."""
    n = len(x)
    a, b, c = (device.shared(n * 4) for _ in range(3))
    a.numpy(np.float32)[:] = x
    b.numpy(np.float32)[:] = y
    kernel = device.compile(SOURCE).kernel("vector_add")
    kernel.launch(grid=(n + 255) // 256, block=256, args=(a, b, c, n))
    device.synchronize()
    return c.numpy(np.float32).copy()


def main():
    device = gpu.Device(0)
    rng = np.random.default_rng(0)
    x, y = rng.standard_normal((2, 1_000_000), dtype=np.float32)
    z = vector_add(device, x, y)
    print(f"{device.name}: max |gpu - numpy| = {np.abs(z - (x + y)).max()}")


if __name__ == "__main__":
    main()
