"""A Gaussian blur of a grayscale image: each thread computes one output
pixel as the weighted sum of its neighbourhood, edges clamped.

    PYTHONPATH=build/python python3 examples/gpu/blur.py
"""

import numpy as np

import ingot.gpu as gpu

SOURCE = r"""
extern "C" __global__ void blur(const float* image, float* out, const float* weights, int width, int height,
                                int radius) {
  int x = blockIdx.x * blockDim.x + threadIdx.x, y = blockIdx.y * blockDim.y + threadIdx.y;
  if (x >= width || y >= height) return;
  int side = 2 * radius + 1;
  float sum = 0;
  for (int dy = -radius; dy <= radius; ++dy) {
    int sy = min(max(y + dy, 0), height - 1);
    for (int dx = -radius; dx <= radius; ++dx) {
      int sx = min(max(x + dx, 0), width - 1);
      sum += weights[(dy + radius) * side + dx + radius] * image[sy * width + sx];
    }
  }
  out[y * width + x] = sum;
}
"""


def gaussian_weights(radius, sigma):
    offsets = np.arange(-radius, radius + 1)
    one_d = np.exp(-(offsets**2) / (2 * sigma**2))
    weights = np.outer(one_d, one_d)
    return (weights / weights.sum()).astype(np.float32)


def blur(device, image, radius=3, sigma=1.5):
    """`image` (2-D float32) blurred by a Gaussian of `sigma`, cut at `radius`."""
    height, width = image.shape
    kernel = device.compile(SOURCE).kernel("blur")
    source = device.upload(image.astype(np.float32))
    weights = device.upload(gaussian_weights(radius, sigma))
    out = device.alloc(image.size * 4).view(np.float32, image.shape)
    kernel.launch(((width + 15) // 16, (height + 15) // 16), (16, 16), (source, out, weights, width, height, radius))
    return out.to_host()


def blur_reference(image, radius=3, sigma=1.5):
    """The same blur in numpy."""
    weights = gaussian_weights(radius, sigma).astype(np.float64)
    padded = np.pad(image.astype(np.float64), radius, mode="edge")
    height, width = image.shape
    out = np.zeros((height, width))
    for dy in range(2 * radius + 1):
        for dx in range(2 * radius + 1):
            out += weights[dy, dx] * padded[dy : dy + height, dx : dx + width]
    return out


def main():
    device = gpu.Device(0)
    image = np.random.default_rng(0).random((480, 640), dtype=np.float32)
    out = blur(device, image)
    print(f"{device.name}: max |gpu - numpy| = {np.abs(out - blur_reference(image)).max():.2e}")


if __name__ == "__main__":
    main()
