#include "arm64/stop_reason.h"

namespace ingot::arm64 {

std::string_view stop_reason_name(u32 reason) {
  static constexpr std::string_view names[kStopReasonCount] = {
      "none",        "cycle_limit",  "exit",         "halt", "breakpoint", "undefined_instruction",
      "memory_fault", "unsupported_syscall", "output_full",
  };
  return reason < kStopReasonCount ? names[reason] : "unknown";
}

}  // namespace ingot::arm64
