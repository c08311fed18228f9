#include "driver/compile.h"

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>

#include "base/cache.h"
#include "codegen/codegen.h"
#include "toolchain/program_builder.h"
#include "types/types.h"

namespace ingot::driver {
namespace {

// "ingot: compiling app.py ..." on stderr when a build outlasts a second, so
// a slow first run does not look like a hang. Only for a person watching a
// terminal: a pipe (a test runner comparing stderr) never sees it.
class ProgressNote {
 public:
  ProgressNote(const std::string& name, bool quiet) {
    if (quiet || isatty(STDERR_FILENO) != 1) return;
    thread_ = std::thread([this, name] {
      std::unique_lock lock(mutex_);
      if (done_.wait_for(lock, std::chrono::seconds(1), [this] { return finished_; })) return;
      std::fprintf(stderr, "ingot: compiling %s ...\n", name.c_str());
    });
  }
  ~ProgressNote() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard lock(mutex_);
      finished_ = true;
    }
    done_.notify_one();
    thread_.join();
  }

 private:
  std::mutex mutex_;
  std::condition_variable done_;
  bool finished_ = false;
  std::thread thread_;
};

// Every module's path and text.
std::vector<toolchain::ProgramSource> program_sources(const LoadedProgram& loaded) {
  std::vector<toolchain::ProgramSource> sources;
  for (const auto& module : loaded.files) sources.push_back({module->source.filename(), std::string(module->source.text())});
  return sources;
}

void emit_cpp(const LoadedFile& file, const std::string& cpp, const std::string& directory) {
  std::filesystem::path name = std::filesystem::path(file.source.filename()).stem();
  if (name.empty() || file.source.filename().starts_with("<")) name = "string";
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  std::filesystem::path path = std::filesystem::path(directory) / name.replace_extension(".cpp");
  std::ofstream out(path, std::ios::binary);
  out << cpp;
  if (!out) std::fprintf(stderr, "ingot: could not write %s\n", path.c_str());
}

// The executable built from the generated C++, found in the cache by a key
// over that C++ (so that builds of identical C++ are shared, whatever
// changed in ingot between them) or built now.
std::optional<std::filesystem::path> executable_from_cpp(const LoadedProgram& loaded, const Options& options,
                                                         const toolchain::ProgramCache& cache) {
  const LoadedFile& file = *loaded.files[sema::kMainModule];
  auto cpp = compile_to_cpp(loaded);
  if (!cpp) return std::nullopt;
  if (!options.emit_cpp.empty()) emit_cpp(file, *cpp, options.emit_cpp);
  toolchain::CxxCompiler compiler = toolchain::CxxCompiler::find();
  if (!compiler.found()) {
    std::fputs("ingot: no C++ compiler found (set INGOT_CXX or CXX)\n", stderr);
    return std::nullopt;
  }
  toolchain::ProgramBuilder builder(compiler, cache);
  // The generated C++ is in the key beside every module's source, so a
  // change of the code generator between two builds of one ingot version
  // never runs a stale executable.
  std::vector<toolchain::ProgramSource> sources = program_sources(loaded);
  sources.push_back({"<generated>", *cpp});
  std::string key = toolchain::program_key(sources,
      {INGOT_VERSION, compiler.version, toolchain::ProgramBuilder::flags(options.optimization),
       toolchain::ProgramBuilder::runtime_stamp()});
  if (!options.force)
    if (auto cached = cache.find(key)) return cached;
  ProgressNote note(std::filesystem::path(file.source.filename()).filename().string(), options.quiet);
  toolchain::BuildResult built = builder.build(key, *cpp, options.optimization);
  if (!built.executable) {
    std::fprintf(stderr, "ingot: internal error: the generated C++ for %s did not compile (compiler log: %s)\n",
                 file.source.filename().c_str(), built.log.c_str());
  }
  return built.executable;
}

// A second key of the same executable, over what decides the C++ instead
// of the C++ itself: every module's source and ingot (its version, and
// its executable's stamp, which a rebuilt code generator changes), with
// the compilers, flags and runtime. A cached program then runs without
// generating C++ (milliseconds of inference and code generation, and a
// compiler started for its version) and is never stale.
std::string source_key(const LoadedProgram& loaded, const Options& options) {
  return toolchain::program_key(program_sources(loaded),
      {std::string(INGOT_VERSION) + ' ' + file_stamp("/proc/self/exe"), toolchain::CxxCompiler::stamp(),
       toolchain::ProgramBuilder::flags(options.optimization), toolchain::ProgramBuilder::runtime_stamp()});
}

}  // namespace

std::optional<std::string> compile_to_cpp(const LoadedProgram& loaded) {
  const LoadedFile& file = *loaded.files[sema::kMainModule];
  codegen::GeneratedProgram generated;
  try {
    types::ProgramTypes program = types::infer_types(loaded.program);
    generated = codegen::generate_program(loaded.program, program);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "ingot: internal error in %s: %s\n", file.source.filename().c_str(), error.what());
    return std::nullopt;
  }
  if (generated.unsupported) {
    std::cerr << codegen::format_unsupported(*generated.unsupported, loaded.files[generated.unsupported->module]->source);
    return std::nullopt;
  }
  return std::move(generated.cpp);
}

std::optional<std::filesystem::path> executable_for(const LoadedProgram& loaded, const Options& options) {
  auto directory = toolchain::ProgramCache::default_directory();
  if (!directory) {
    std::fputs("ingot: no cache directory (set INGOT_CACHE_DIR or HOME)\n", stderr);
    return std::nullopt;
  }
  toolchain::ProgramCache cache(*directory);
  std::string by_sources = source_key(loaded, options);
  if (!options.force && options.emit_cpp.empty())
    if (auto cached = cache.find(by_sources)) return cached;
  auto executable = executable_from_cpp(loaded, options, cache);
  if (executable) cache.add_name(by_sources, *executable);
  return executable;
}

}  // namespace ingot::driver
