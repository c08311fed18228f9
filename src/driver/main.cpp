// The `ingot` command: options.cpp reads the command line, the commands do
// the rest.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "driver/commands.h"

int main(int argc, char** argv) {
  using namespace ingot::driver;
  std::vector<std::string_view> args(argv + 1, argv + argc);
  ParsedOptions parsed = parse_options(args);
  if (!parsed.options) return parsed.status;
  const Options& options = *parsed.options;
  std::vector<std::string_view> rest(options.args.begin(), options.args.end());
  switch (options.command) {
    case Command::Help: std::fputs(kUsage, stdout); return 0;
    case Command::Version: std::puts("ingot " INGOT_VERSION); return 0;
    case Command::Run: return run_command(options);
    case Command::Build: return build_command(options);
    case Command::Cpp: return cpp_command(options);
    case Command::Ast: return ast_command(rest);
    case Command::Scopes: return scopes_command(rest);
    case Command::Types: return types_command(rest);
  }
  return 2;
}
