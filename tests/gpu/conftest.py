"""Fixtures of the ingot.gpu tests: tests that need a GPU, or NVRTC, are
skipped, saying why, where there is none."""

import os

import numpy as np
import pytest

import ingot.gpu as gpu


@pytest.fixture(autouse=True, scope="session")
def private_kernel_cache(tmp_path_factory):
    """Kernels compile into a private cache, never the user's (ctest names one)."""
    if "INGOT_CACHE_DIR" not in os.environ:
        os.environ["INGOT_CACHE_DIR"] = str(tmp_path_factory.mktemp("kernels"))


@pytest.fixture
def device():
    if not gpu.is_available():
        pytest.skip("no CUDA device: " + gpu.unavailable_reason())
    return gpu.Device(0)


@pytest.fixture
def compiler(device):
    """The device, where NVRTC can compile for it."""
    try:
        gpu.nvrtc_version()
    except gpu.Error as e:
        pytest.skip(str(e))
    return device


@pytest.fixture
def rng():
    return np.random.default_rng(12345)


VECTOR_ADD = r"""
extern "C" __global__ void vector_add(const float* a, const float* b, float* c, unsigned n) {
  unsigned i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) c[i] = a[i] + b[i];
}
"""

# Spins for about `cycles` clock cycles, then adds one to *counter.
SPIN = r"""
extern "C" __global__ void spin(unsigned* counter, long long cycles) {
  long long start = clock64();
  while (clock64() - start < cycles) {}
  atomicAdd(counter, 1u);
}
"""
