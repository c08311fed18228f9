// The `ingot` command.
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "driver/commands.h"

namespace {

constexpr const char* kUsage = R"(usage: ingot [run] FILE.py [ARGS...]
       ingot cpp FILE.py
       ingot ast [--quiet] FILE.py...
       ingot scopes FILE.py...
       ingot types FILE.py...

  run FILE.py     compile the program (cached), run it with ARGS, exit
                  with its status; `run` may be left out
  cpp FILE.py     print the C++ the program compiles to
  ast FILE.py     print the tree CPython's ast.dump(ast.parse(...),
                  include_attributes=True) prints, or the SyntaxError
  ast --quiet     parse only; print nothing but errors (for benchmarks)
  scopes FILE.py  print the scopes and symbols CPython's symtable module
                  finds, or the compile-time error
  types FILE.py   print the inferred types: each function specialisation's
                  signature and locals, each class's attributes
  --version       print the version
  --help          print this help
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::fputs(kUsage, args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::puts("ingot " INGOT_VERSION);
    return 0;
  }
  if (args[0] == "run") return ingot::driver::run_command({args.begin() + 1, args.end()});
  if (args[0] == "cpp") return ingot::driver::cpp_command({args.begin() + 1, args.end()});
  if (args[0].ends_with(".py")) return ingot::driver::run_command(args);
  if (args[0] == "ast") return ingot::driver::ast_command({args.begin() + 1, args.end()});
  if (args[0] == "scopes") return ingot::driver::scopes_command({args.begin() + 1, args.end()});
  if (args[0] == "types") return ingot::driver::types_command({args.begin() + 1, args.end()});
  std::fprintf(stderr, "ingot: unknown command '%.*s'\n%s", int(args[0].size()), args[0].data(), kUsage);
  return 2;
}
