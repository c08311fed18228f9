// ingot run FILE.py [ARGS...] (and `ingot FILE.py`): compile the program to
// C++ (src/codegen), build it through the program cache (src/toolchain),
// run it, and exit with its status. `ingot cpp FILE.py` prints the C++.
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "codegen/codegen.h"
#include "driver/commands.h"
#include "driver/load.h"
#include "toolchain/program_builder.h"
#include "toolchain/process.h"
#include "types/types.h"

namespace ingot::driver {
namespace {

constexpr toolchain::Optimization kOptimization = toolchain::Optimization::Release;

// The generated C++ for the file, or nullopt after printing why there is none.
std::optional<std::string> compile_to_cpp(const LoadedFile& file) {
  codegen::GeneratedProgram generated;
  try {
    types::ProgramTypes program = types::infer_types(*file.module, *file.scopes);
    generated = codegen::generate_program(*file.module, *file.scopes, program, file.source);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "ingot: internal error in %s: %s\n", file.source.filename().c_str(), error.what());
    return std::nullopt;
  }
  if (generated.unsupported) {
    std::cerr << codegen::format_unsupported(*generated.unsupported, file.source);
    return std::nullopt;
  }
  return std::move(generated.cpp);
}

// The cached executable for this program, building it first if needed.
std::optional<std::filesystem::path> executable_for(const LoadedFile& file, const std::string& cpp) {
  toolchain::CxxCompiler compiler = toolchain::CxxCompiler::find();
  if (!compiler.found()) {
    std::fputs("ingot: no C++ compiler found (set INGOT_CXX or CXX)\n", stderr);
    return std::nullopt;
  }
  auto directory = toolchain::ProgramCache::default_directory();
  if (!directory) {
    std::fputs("ingot: no cache directory (set INGOT_CACHE_DIR or HOME)\n", stderr);
    return std::nullopt;
  }
  toolchain::ProgramBuilder builder(compiler, toolchain::ProgramCache(*directory));
  // The generated C++ is in the key beside the Python source, so a change of
  // the code generator between two builds of one ingot version never runs
  // a stale executable.
  std::string key = toolchain::program_key(
      {{file.source.filename(), std::string(file.source.text())}, {"<generated>", cpp}},
      {INGOT_VERSION, compiler.version, builder.flags(kOptimization)});
  if (auto cached = builder.cache().find(key)) return cached;
  toolchain::BuildResult built = builder.build(key, cpp, kOptimization);
  if (!built.executable) {
    std::fprintf(stderr, "ingot: internal error: the generated C++ for %s did not compile (compiler log: %s)\n",
                 file.source.filename().c_str(), built.log.c_str());
  }
  return built.executable;
}

}  // namespace

int cpp_command(std::span<const std::string_view> args) {
  if (args.size() != 1) {
    std::fputs("usage: ingot cpp FILE.py\n", stderr);
    return 2;
  }
  auto file = analyze_file(std::string(args[0]));
  if (!file) return 1;
  auto cpp = compile_to_cpp(*file);
  if (!cpp) return 1;
  std::fwrite(cpp->data(), 1, cpp->size(), stdout);
  return 0;
}

int run_command(std::span<const std::string_view> args) {
  if (args.empty()) {
    std::fputs("usage: ingot run FILE.py [ARGS...]\n", stderr);
    return 2;
  }
  auto file = analyze_file(std::string(args[0]));
  if (!file) return 1;
  auto cpp = compile_to_cpp(*file);
  if (!cpp) return 1;
  auto executable = executable_for(*file, *cpp);
  if (!executable) return 1;
  std::vector<std::string> argv{executable->string()};
  for (std::string_view arg : args.subspan(1)) argv.emplace_back(arg);
  toolchain::ProcessResult result = toolchain::run_process(argv);
  if (!result.started) {
    std::fprintf(stderr, "ingot: internal error: could not run %s\n", executable->c_str());
    return 1;
  }
  return result.exit_code;
}

}  // namespace ingot::driver
