// ingot's GPU layer: CUDA devices, memory, kernels compiled at run time,
// streams, events and graphs. docs/gpu.md explains the design.
#pragma once

#include "gpu/arg_pack.h"
#include "gpu/buffer.h"
#include "gpu/compiler.h"
#include "gpu/device.h"
#include "gpu/driver.h"
#include "gpu/error.h"
#include "gpu/event.h"
#include "gpu/graph.h"
#include "gpu/kernel.h"
#include "gpu/memory_pool.h"
#include "gpu/module.h"
#include "gpu/nvrtc.h"
#include "gpu/nvtx.h"
#include "gpu/stream.h"
