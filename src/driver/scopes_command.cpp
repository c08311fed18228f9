// ingot scopes FILE.py: the symbol table of stage 1 (sema/print_scopes.h
// describes the format), or the first compile-time error as python3 prints it.
#include <cstdio>
#include <string>

#include "driver/commands.h"
#include "driver/load.h"
#include "sema/print_scopes.h"

namespace ingot::driver {
namespace {

bool scopes_of(const std::string& path) {
  auto file = analyze_file(path, /*as_written=*/true);
  if (!file) return false;
  std::string text = sema::format_scopes(*file->scopes);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return true;
}

}  // namespace

int scopes_command(std::span<const std::string_view> args) {
  if (args.empty()) {
    std::fputs("usage: ingot scopes FILE.py...\n", stderr);
    return 2;
  }
  bool ok = true;
  for (std::string_view arg : args) ok &= scopes_of(std::string(arg));
  return ok ? 0 : 1;
}

}  // namespace ingot::driver
