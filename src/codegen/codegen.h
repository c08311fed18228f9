// Stage 4 of the compiler, first slice: the typed program (types::ProgramTypes)
// to one C++20 translation unit against the runtime (runtime/runtime.h).
//
// Each specialisation in `to_emit` becomes a C++ function on concrete types;
// the module body becomes `module_body`, run by `main`, which prints an
// uncaught exception as CPython does. What this slice cannot compile yet is
// reported as an Unsupported construct with its position, never as C++
// that fails to build.
#pragma once

#include <optional>
#include <string>

#include "ast/ast.h"
#include "base/source.h"
#include "sema/program.h"
#include "sema/symbol_table.h"
#include "types/program_types.h"

namespace ingot::codegen {

struct Unsupported {
  ast::Loc loc;
  std::string construct;  // "class definition", "list display", ...
  sema::ModuleId module = sema::kMainModule;  // whose source `loc` is in
};

struct GeneratedProgram {
  std::string cpp;                         // empty when `unsupported` is set
  std::optional<Unsupported> unsupported;  // the first construct met that this slice lacks
};

// Each module's `source->filename()` is the path its tracebacks and #line directives name.
GeneratedProgram generate_program(const sema::Program& modules, const types::ProgramTypes& program);

// How a refusal names a construct: "an f-string", "a class definition".
std::string construct_name(ast::Kind kind);

// `FILE:LINE:COL: error: X is not supported yet`, the source line and a caret.
std::string format_unsupported(const Unsupported& unsupported, const Source& source);

}  // namespace ingot::codegen
