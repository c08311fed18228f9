// The overflow proof of a speculative int64_t clone (int_ranges.cpp).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ast/ast.h"
#include "types/program_types.h"

namespace ingot::codegen {

// What int_speculation.cpp learnt of the recursion while writing the clone.
struct RecursionShape {
  size_t measure = 0;  // the parameter that bounds the depth (int_speculation.cpp)
  int64_t bound = 0;   // self-calls happen only when the measure is >= bound
  // Per parameter: how far below and above its value (down, up >= 0) a
  // self-call passes it on; nullopt where it is no constant step.
  std::vector<std::optional<std::pair<int64_t, int64_t>>> steps;
};

// `static bool NAME_exact(int64_t v_PARAM..., int64_t levels_)`: whether the
// clone, entered with these arguments and at most levels_ levels of calls
// below, computes nothing outside int64_t; "" where no proof applies.
std::string int_range_proof(const types::ProgramTypes& program, types::SpecId spec, const std::string& name,
                            const ast::FunctionDef* def, const RecursionShape& shape);

}  // namespace ingot::codegen
