// The ingot.gpu extension module.
#include "python/gpu/bindings.h"

PYBIND11_MODULE(gpu, m) {
  using namespace ingot::python;
  m.doc() =
      "CUDA from Python: devices, device and zero-copy shared buffers, kernels compiled at run time with "
      "NVRTC (cached on disk), streams, events and graphs. See docs/gpu.md.";
  bind_errors(m);
  DeviceClass device = bind_devices(m);
  bind_buffers(m, device);
  bind_kernels(m, device);
  bind_streams(m, device);
}
