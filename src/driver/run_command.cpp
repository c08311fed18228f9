// ingot [run] FILE.py, ingot -c CODE, ingot build and ingot cpp: the
// commands that compile a program (compile.h) and then run it, install it
// or print its C++.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "driver/commands.h"
#include "driver/compile.h"

namespace ingot::driver {
namespace {

std::unique_ptr<LoadedProgram> analyzed_program(const Options& options) {
  if (options.code) return load_program(analyze(load_source("<string>", *options.code)));
  return load_program(analyze_file(options.program));
}

// The status when the program did not compile: 2 when there was no file to
// read, as python3 exits.
int failed(const Options& options) {
  std::error_code error;
  return !options.code && !std::filesystem::is_regular_file(options.program, error) ? 2 : 1;
}

// `ingot build app.py` writes ./app, as a C compiler would write a.out.
std::filesystem::path build_output(const Options& options) {
  if (!options.output.empty()) return options.output;
  return std::filesystem::path(options.program).filename().replace_extension();
}

}  // namespace

int cpp_command(const Options& options) {
  auto file = analyzed_program(options);
  if (!file) return 1;
  auto cpp = compile_to_cpp(*file);
  if (!cpp) return 1;
  std::fwrite(cpp->data(), 1, cpp->size(), stdout);
  return 0;
}

int run_command(const Options& options) {
  auto file = analyzed_program(options);
  if (!file) return failed(options);
  auto executable = executable_for(*file, options);
  if (!executable) return 1;
  // The program replaces ingot, as python3 is the process that runs a
  // script: a signal sent to `ingot run` (a timeout's kill, Ctrl-C) reaches
  // the program, and its exit status is the command's.
  std::string path = executable->string();
  std::vector<char*> argv{path.data()};
  for (const std::string& arg : options.args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  std::fflush(nullptr);
  execv(path.c_str(), argv.data());
  std::fprintf(stderr, "ingot: internal error: could not run %s\n", path.c_str());
  return 1;
}

int build_command(const Options& options) {
  auto file = analyzed_program(options);
  if (!file) return failed(options);
  auto executable = executable_for(*file, options);
  if (!executable) return 1;
  std::filesystem::path output = build_output(options);
  std::error_code error;
  std::filesystem::copy_file(*executable, output, std::filesystem::copy_options::overwrite_existing, error);
  if (error) {
    std::fprintf(stderr, "ingot: could not write %s: %s\n", output.c_str(), error.message().c_str());
    return 1;
  }
  return 0;
}

}  // namespace ingot::driver
