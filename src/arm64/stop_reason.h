// Stop reasons by name, for messages and for Python.
#pragma once

#include <string_view>

#include "arm64/machine_view.h"

namespace ingot::arm64 {

// "exit", "memory_fault" ...; "unknown" for a number that is none.
std::string_view stop_reason_name(u32 reason);

}  // namespace ingot::arm64
