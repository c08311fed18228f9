#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <thread>
#include <vector>

#include "base/test_support.h"
#include "toolchain/cxx_compiler.h"
#include "toolchain/process.h"
#include "toolchain/program_builder.h"
#include "toolchain/program_cache.h"

namespace ingot::toolchain {
namespace {

namespace fs = std::filesystem;
using testing::ScopedEnv;
using testing::read_file;
using testing::TempDir;

void write(const fs::path& path, std::string_view text) { std::ofstream(path, std::ios::binary) << text; }

TEST(RunProcess, ReportsExitCodesSignalsAndOutput) {
  TempDir dir;
  fs::path out = dir.path() / "out";
  ProcessResult r = run_process({"sh", "-c", "echo to-stdout; echo to-stderr >&2; exit 3"}, out);
  EXPECT_TRUE(r.started);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(read_file(out), "to-stdout\nto-stderr\n");
  EXPECT_EQ(run_process({"sh", "-c", "kill -9 $$"}).exit_code, 128 + 9);
  EXPECT_FALSE(run_process({"/nonexistent/program"}).started);
}

TEST(CxxCompiler, BuildsAProgramAndKeepsDiagnosticsInTheLog) {
  CxxCompiler cxx = CxxCompiler::find();
  ASSERT_TRUE(cxx.found());
  EXPECT_FALSE(cxx.version.empty());
  TempDir dir;
  write(dir.path() / "good.cpp", "#include <cstdio>\nint main(int argc, char**) { std::printf(\"%d\\n\", argc); return 7; }\n");
  CompileJob job{{dir.path() / "good.cpp"}, dir.path() / "good", {"-O0"}, {}, dir.path() / "good.log"};
  ASSERT_TRUE(compile(cxx, job)) << read_file(job.log);
  fs::path out = dir.path() / "run.out";
  ProcessResult r = run_process({job.output.string(), "x"}, out);
  EXPECT_EQ(r.exit_code, 7);
  EXPECT_EQ(read_file(out), "2\n");

  write(dir.path() / "bad.cpp", "int main() { return undeclared_name; }\n");
  CompileJob bad{{dir.path() / "bad.cpp"}, dir.path() / "bad", {"-O0"}, {}, dir.path() / "bad.log"};
  EXPECT_FALSE(compile(cxx, bad));
  EXPECT_NE(read_file(bad.log).find("undeclared_name"), std::string::npos);
  EXPECT_FALSE(fs::exists(bad.output));
}

TEST(CxxCompiler, StampNamesEachCandidateWithoutRunningIt) {
  ScopedEnv cxx("INGOT_CXX", "/nonexistent/g++");
  std::string stamp = CxxCompiler::stamp();
  EXPECT_EQ(stamp.rfind("/nonexistent/g++  absent\n", 0), 0u) << stamp;
  EXPECT_NE(stamp.find("\nc++ /"), std::string::npos) << stamp;  // resolved through PATH
  EXPECT_EQ(stamp, CxxCompiler::stamp());
}

TEST(ProgramKey, ChangesWithEverythingThatDecidesTheExecutable) {
  std::vector<ProgramSource> sources{{"app.py", "print(1)\n"}, {"m.py", "x = 1\n"}};
  BuildSettings settings{"0.1.0", "g++ 12.2", {"-O2"}, "runtime.a 100 1.5\n"};
  std::string key = program_key(sources, settings);
  EXPECT_EQ(key, program_key(sources, settings));
  auto changed = [&](auto edit) {
    auto s = sources;
    auto b = settings;
    edit(s, b);
    return program_key(s, b) != key;
  };
  EXPECT_TRUE(changed([](auto& s, auto&) { s[1].text = "x = 2\n"; }));
  EXPECT_TRUE(changed([](auto& s, auto&) { s[1].path = "n.py"; }));
  EXPECT_TRUE(changed([](auto& s, auto&) { s.pop_back(); }));
  EXPECT_TRUE(changed([](auto&, auto& b) { b.ingot_version = "0.1.1"; }));
  EXPECT_TRUE(changed([](auto&, auto& b) { b.compiler_version = "g++ 12.3"; }));
  EXPECT_TRUE(changed([](auto&, auto& b) { b.flags = {"-O0"}; }));
  EXPECT_TRUE(changed([](auto&, auto& b) { b.runtime = "runtime.a 100 2.5\n"; }));
}

TEST(ProgramKey, RuntimeStampNamesTheArchivesAndHeaders) {
  std::string stamp = ProgramBuilder::runtime_stamp();
  EXPECT_NE(stamp.find("libingot_runtime.a "), std::string::npos);
  EXPECT_NE(stamp.find("runtime/int.h "), std::string::npos);
  EXPECT_EQ(stamp, ProgramBuilder::runtime_stamp());
}

TEST(ProgramCache, InstallsExecutablesAndFindsThem) {
  TempDir dir;
  ProgramCache cache(dir.path() / "programs");
  EXPECT_EQ(cache.find("k"), std::nullopt);
  fs::path scratch = cache.scratch_directory();
  write(scratch / "app", "#!/bin/sh\n");
  fs::permissions(scratch / "app", fs::perms::owner_all);
  auto installed = cache.install("k", scratch / "app");
  ASSERT_TRUE(installed);
  EXPECT_EQ(cache.find("k"), installed);
  EXPECT_FALSE(fs::exists(scratch / "app"));
}

TEST(ProgramCache, AddsASecondNameForAnEntry) {
  TempDir dir;
  ProgramCache cache(dir.path() / "programs");
  fs::path scratch = cache.scratch_directory();
  write(scratch / "app", "#!/bin/sh\n");
  fs::permissions(scratch / "app", fs::perms::owner_all);
  auto installed = cache.install("k", scratch / "app");
  ASSERT_TRUE(installed);
  ASSERT_TRUE(cache.add_name("by-sources", *installed));
  EXPECT_EQ(read_file(*cache.find("by-sources")), "#!/bin/sh\n");
  EXPECT_TRUE(cache.add_name("by-sources", *installed));  // again: replaced in place
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir.path() / "programs"))
    if (entry.is_regular_file()) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"by-sources", "k"}));
}

TEST(ProgramCache, RacingInstallsLeaveOneWholeExecutable) {
  TempDir dir;
  ProgramCache cache(dir.path() / "programs");
  std::vector<std::thread> builders;
  for (int i = 0; i < 8; ++i)
    builders.emplace_back([&] {
      fs::path scratch = cache.scratch_directory();
      write(scratch / "app", std::string(100000, 'x'));
      fs::permissions(scratch / "app", fs::perms::owner_all);
      EXPECT_TRUE(cache.install("same", scratch / "app"));
    });
  for (auto& b : builders) b.join();
  EXPECT_EQ(read_file(cache.path_for("same")), std::string(100000, 'x'));
}

}  // namespace
}  // namespace ingot::toolchain
