// Stage 2 of the compiler: whole-program type inference (docs/types.md).
// Input: the program's modules and their symbol tables from stage 1. Output: ProgramTypes
// (program_types.h). Never rejects a program: what the analysis cannot type
// is dyn. Throws std::runtime_error only on an internal error (a fixpoint
// that does not converge, which the lattice's bounds rule out).
#pragma once

#include <string>

#include "ast/ast.h"
#include "sema/program.h"
#include "sema/symbol_table.h"
#include "types/program_types.h"

namespace ingot::types {

ProgramTypes infer_types(const sema::Program& program);
// A program of one module (`ingot types`, the unit tests).
ProgramTypes infer_types(const ast::Module& module, const sema::SymbolTable& symbols);

// The stable text `ingot types` prints (print_types.cpp describes it): the
// main module's names, classes and functions, then, with `every_module`,
// those of each imported module under its name.
std::string format_types(const ProgramTypes& program, const sema::Program& modules, bool every_module);
// The same for a program of one module.
std::string format_types(const ProgramTypes& program, const sema::SymbolTable& symbols);

}  // namespace ingot::types
