// ingot types FILE.py: the result of stage 2, whole-program type inference
// (types/print_types.cpp describes the format), or the first error of the
// stages before it as python3 prints it.
#include <cstdio>
#include <exception>
#include <string>

#include "driver/commands.h"
#include "driver/load.h"
#include "types/types.h"

namespace ingot::driver {
namespace {

bool types_of(const std::string& path) {
  auto file = analyze_file(path);
  if (!file) return false;
  std::string text;
  try {
    types::ProgramTypes program = types::infer_types(*file->module, *file->scopes);
    text = types::format_types(program, *file->scopes);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "ingot: internal error in %s: %s\n", path.c_str(), error.what());
    return false;
  }
  std::fwrite(text.data(), 1, text.size(), stdout);
  return true;
}

}  // namespace

int types_command(std::span<const std::string_view> args) {
  if (args.empty()) {
    std::fputs("usage: ingot types FILE.py...\n", stderr);
    return 2;
  }
  bool ok = true;
  for (std::string_view arg : args) ok &= types_of(std::string(arg));
  return ok ? 0 : 1;
}

}  // namespace ingot::driver
