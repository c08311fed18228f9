#include "driver/options.h"

#include <cstdio>

namespace ingot::driver {

const char* const kUsage = R"(usage: ingot [OPTIONS] FILE.py [ARGS...]      compile (cached) and run
       ingot run [OPTIONS] FILE.py [ARGS...]  the same
       ingot [OPTIONS] -c CODE [ARGS...]      compile and run CODE
       ingot build [OPTIONS] FILE.py [-o OUT] a standalone executable
       ingot cpp FILE.py                      print the generated C++
       ingot ast [--quiet] FILE.py...         the tree CPython's ast.dump prints
       ingot scopes FILE.py...                the scopes CPython's symtable finds
       ingot types [--all] FILE.py...         the inferred types (--all: of
                                              imported modules too)

options:
  -c CODE         the program is CODE (as `python3 -c`)
  -o OUT          with build: where the executable goes (default: FILE
                  without .py, in the working directory)
  --force         build even when the cache has the program
  --emit-cpp DIR  also write the generated C++ to DIR/NAME.cpp
  -O0             a fast debug build (-O0 -g) instead of -O2
  -q, --quiet     no progress notes on stderr
  --version       print the version
  --help          print this help

Programs are cached under $INGOT_CACHE_DIR, else $XDG_CACHE_HOME/ingot,
else ~/.cache/ingot.
)";

namespace {

ParsedOptions usage_error(const std::string& message) {
  std::fprintf(stderr, "ingot: %s\nTry 'ingot --help' for more information.\n", message.c_str());
  return {std::nullopt, 2};
}

std::optional<Command> command_named(std::string_view word) {
  if (word == "run") return Command::Run;
  if (word == "build") return Command::Build;
  if (word == "cpp") return Command::Cpp;
  if (word == "ast") return Command::Ast;
  if (word == "scopes") return Command::Scopes;
  if (word == "types") return Command::Types;
  return std::nullopt;
}

}  // namespace

ParsedOptions parse_options(std::span<const std::string_view> args) {
  Options options;
  size_t i = 0;
  if (i < args.size()) {
    if (auto command = command_named(args[i])) {
      options.command = *command;
      ++i;
    }
  }
  // The analysis commands take their own arguments (several files, --quiet).
  if (options.command == Command::Ast || options.command == Command::Scopes || options.command == Command::Types) {
    options.args.assign(args.begin() + long(i), args.end());
    return {options, 0};
  }
  // Switches come before the program; everything after it is the program's
  // (as with python3), except -o, which build also takes after FILE.py.
  bool have_program = false;
  for (; i < args.size(); ++i) {
    std::string_view arg = args[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= args.size()) return std::nullopt;
      return std::string(args[++i]);
    };
    if (have_program && !(options.command == Command::Build && arg == "-o")) {
      options.args.emplace_back(arg);
      continue;
    }
    if (arg == "--help" || arg == "-h" || arg == "--version") {
      options.command = arg == "--version" ? Command::Version : Command::Help;
      return {options, 0};
    }
    if (arg == "--force") {
      options.force = true;
    } else if (arg == "-q" || arg == "--quiet") {
      options.quiet = true;
    } else if (arg == "-O0") {
      options.optimization = toolchain::Optimization::Debug;
    } else if (arg == "--emit-cpp" || arg == "-o" || arg == "-c") {
      auto given = value();
      if (!given) return usage_error("option " + std::string(arg) + " needs an argument");
      if (arg == "--emit-cpp") options.emit_cpp = *given;
      if (arg == "-o") options.output = *given;
      if (arg == "-c") {
        options.code = *given;
        have_program = true;
      }
    } else if (arg.starts_with("-") && arg != "-") {
      return usage_error("unknown option '" + std::string(arg) + "'");
    } else {
      options.program = arg;
      have_program = true;
    }
  }
  if (!have_program) {
    if (args.empty()) return {std::nullopt, (std::fputs(kUsage, stderr), 2)};
    return usage_error("no program given");
  }
  if (!options.output.empty() && options.command != Command::Build)
    return usage_error("-o is an option of `ingot build`");
  if (options.code && options.command != Command::Run && options.command != Command::Cpp)
    return usage_error("-c is an option of `ingot run` and `ingot cpp`");
  return {options, 0};
}

}  // namespace ingot::driver
