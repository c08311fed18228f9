// Loading a program of several modules: the main file, then every module
// its imports name, found as CPython's import system finds them.
#pragma once

#include <memory>
#include <vector>

#include "driver/load.h"
#include "sema/program.h"

namespace ingot::driver {

struct LoadedProgram {
  std::vector<std::unique_ptr<LoadedFile>> files;  // by sema::ModuleId
  sema::Program program;                           // points into `files`
};

// The analysed main file and, transitively, the modules it imports, from
// sys.path as CPython has it for `python3 main.py`: the runtime's builtin
// modules, the main file's folder, then the standard library (ingot's own
// Python modules, src/stdlib, then CPython's names, which code generation
// refuses unless the runtime has them). nullptr after printing why a
// module cannot be read, decoded, parsed or analysed.
std::unique_ptr<LoadedProgram> load_program(std::unique_ptr<LoadedFile> main);

}  // namespace ingot::driver
