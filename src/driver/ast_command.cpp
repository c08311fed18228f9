#include <cstdio>
#include <string>

#include "ast/dump.h"
#include "driver/commands.h"
#include "driver/load.h"

namespace ingot::driver {
namespace {

// Parses one file; prints its dump (unless quiet) or its SyntaxError.
bool parse_one(const std::string& path, bool quiet) {
  auto file = load_file(path);
  if (!file) return false;
  if (!quiet) {
    std::string text = ast::dump(file->module, true);
    text += '\n';
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
  return true;
}

}  // namespace

int ast_command(std::span<const std::string_view> args) {
  bool quiet = false;
  bool ok = true;
  int files = 0;
  for (std::string_view arg : args) {
    if (arg == "--quiet") {
      quiet = true;
      continue;
    }
    ++files;
    ok &= parse_one(std::string(arg), quiet);
  }
  if (files == 0) {
    std::fputs("usage: ingot ast [--quiet] FILE.py...\n", stderr);
    return 2;
  }
  return ok ? 0 : 1;
}

}  // namespace ingot::driver
