#include "runtime/speculation.h"

namespace ingot::rt {

void abandon_speculation() { throw SpeculationFailed{}; }

}  // namespace ingot::rt
