// ingot types [--all] FILE.py: the result of stage 2, whole-program type
// inference over the file and the modules it imports (types/print_types.cpp
// describes the format; --all adds the imported modules' names), or the
// first error of the stages before it as python3 prints it.
#include <cstdio>
#include <exception>
#include <string>

#include "driver/commands.h"
#include "driver/load.h"
#include "driver/program.h"
#include "types/types.h"

namespace ingot::driver {
namespace {

bool types_of(const std::string& path, bool every_module) {
  auto loaded = load_program(analyze_file(path));
  if (!loaded) return false;
  std::string text;
  try {
    types::ProgramTypes program = types::infer_types(loaded->program);
    text = types::format_types(program, loaded->program, every_module);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "ingot: internal error in %s: %s\n", path.c_str(), error.what());
    return false;
  }
  std::fwrite(text.data(), 1, text.size(), stdout);
  return true;
}

}  // namespace

int types_command(std::span<const std::string_view> args) {
  bool every_module = !args.empty() && args.front() == "--all";
  if (every_module) args = args.subspan(1);
  if (args.empty()) {
    std::fputs("usage: ingot types [--all] FILE.py...\n", stderr);
    return 2;
  }
  bool ok = true;
  for (std::string_view arg : args) ok &= types_of(std::string(arg), every_module);
  return ok ? 0 : 1;
}

}  // namespace ingot::driver
