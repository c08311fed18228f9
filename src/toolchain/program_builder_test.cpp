#include "toolchain/program_builder.h"

#include <gtest/gtest.h>

#include <fstream>

#include "base/python_oracle.h"
#include "base/test_support.h"
#include "toolchain/process.h"

namespace ingot::toolchain {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::TempDir;

// What the code generator will emit for `print(2**200, [i * i for i in range(4)])`.
constexpr const char* kProgram = R"(#include "runtime/runtime.h"
#include <cstdio>
using namespace ingot::rt;
static void write(Str s) { std::fwrite(s.data(), 1, s.size_bytes(), stdout); }
int main() {
  write(str(pow(Int(2), Int(200))));
  std::fputc(' ', stdout);
  List<Int> squares;
  for (int i = 0; i < 4; ++i) squares.append(Int(i) * Int(i));
  write(repr(squares));
  std::fputc('\n', stdout);
}
)";

TEST(ProgramBuilder, BuildsAgainstTheRuntimeAndCachesTheExecutable) {
  TempDir dir;
  ProgramBuilder builder(CxxCompiler::find(), ProgramCache(dir.path() / "programs"));
  ASSERT_TRUE(builder.compiler().found());
  for (Optimization o : {Optimization::Debug, Optimization::Release}) {
    std::string key = program_key({{"app.py", kProgram}}, {"test", builder.compiler().version, builder.flags(o)});
    ASSERT_FALSE(builder.cache().find(key));
    BuildResult built = builder.build(key, kProgram, o);
    ASSERT_TRUE(built.executable) << read_file(built.log);
    EXPECT_EQ(builder.cache().find(key), built.executable);

    fs::path out = dir.path() / "out";
    ASSERT_EQ(run_process({built.executable->string()}, out).exit_code, 0);
    auto expected = testing::python_lines("print(2**200, [i * i for i in range(4)])");
    EXPECT_EQ(read_file(out), expected.at(0) + "\n");
  }
}

// The header CMake precompiled is one g++ takes with the release flags: g++
// silently reads the header instead where the flags do not match. (`-H`
// marks a used precompiled header with `!`.)
TEST(ProgramBuilder, ReleaseBuildsUseThePrecompiledHeader) {
  CxxCompiler cxx = CxxCompiler::find();
  auto pch = ProgramBuilder::precompiled_header();
  if (!pch || cxx.version.find("clang") != std::string::npos) GTEST_SKIP() << "no precompiled header for " << cxx.version;
  TempDir dir;
  ProgramBuilder builder(cxx, ProgramCache(dir.path() / "programs"));
  std::ofstream(dir.path() / "p.cpp") << "#include \"runtime/program.h\"\nint main() {}\n";
  CompileJob job{{dir.path() / "p.cpp"}, dir.path() / "p", builder.flags(Optimization::Release), {}, dir.path() / "p.log"};
  job.flags.insert(job.flags.end(), {"-H", "-fsyntax-only"});
  compile(cxx, job);
  EXPECT_NE(read_file(job.log).find("! " + pch->string()), std::string::npos) << read_file(job.log).substr(0, 2000);
  EXPECT_NE(ProgramBuilder::runtime_stamp().find(pch->string()), std::string::npos);
}

TEST(ProgramBuilder, ACompilerErrorIsKeptInTheLog) {
  TempDir dir;
  ProgramBuilder builder(CxxCompiler::find(), ProgramCache(dir.path() / "programs"));
  BuildResult built = builder.build("k", "int main() { return no_such_name; }\n", Optimization::Debug);
  EXPECT_FALSE(built.executable);
  EXPECT_NE(read_file(built.log).find("no_such_name"), std::string::npos);
  EXPECT_FALSE(builder.cache().find("k"));
}

}  // namespace
}  // namespace ingot::toolchain
