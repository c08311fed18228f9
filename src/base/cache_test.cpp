#include "base/cache.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <thread>
#include <vector>

#include "base/test_support.h"

namespace ingot {
namespace {

namespace fs = std::filesystem;
using testing::ScopedEnv;
using testing::read_file;
using testing::TempDir;

TEST(CacheKey, FieldBoundariesMatter) {
  std::string ab_c = CacheKey().add("ab").add("c").hex();
  EXPECT_EQ(ab_c.size(), 64u);
  EXPECT_EQ(ab_c, CacheKey().add("ab").add("c").hex());
  EXPECT_NE(ab_c, CacheKey().add("a").add("bc").hex());
  EXPECT_NE(ab_c, CacheKey().add("abc").hex());
  EXPECT_NE(CacheKey().add(uint64_t{12}).hex(), CacheKey().add(uint64_t{1}).add(uint64_t{2}).hex());
}

TEST(CacheDirectory, FollowsTheEnvironment) {
  ScopedEnv home("HOME", "/home/someone");
  ScopedEnv xdg("XDG_CACHE_HOME", nullptr);
  ScopedEnv ingot("INGOT_CACHE_DIR", nullptr);
  EXPECT_EQ(cache_directory("programs"), fs::path("/home/someone/.cache/ingot/programs"));
  {
    ScopedEnv xdg_set("XDG_CACHE_HOME", "/var/cache/me");
    EXPECT_EQ(cache_directory("kernels"), fs::path("/var/cache/me/ingot/kernels"));
    ScopedEnv ingot_set("INGOT_CACHE_DIR", "/tmp/c");
    EXPECT_EQ(cache_directory("kernels"), fs::path("/tmp/c/kernels"));
  }
  ScopedEnv no_home("HOME", nullptr);
  EXPECT_EQ(cache_directory("programs"), std::nullopt);
}

TEST(WriteFileAtomically, CreatesTheFolderAndLeavesNoTemporaries) {
  TempDir dir;
  fs::path path = dir.path() / "a" / "b" / "entry";
  ASSERT_TRUE(write_file_atomically(path, std::string("x\0y", 3)));
  EXPECT_EQ(read_file(path), std::string("x\0y", 3));
  ASSERT_TRUE(write_file_atomically(path, "replaced"));
  EXPECT_EQ(read_file(path), "replaced");
  int files = 0;
  for ([[maybe_unused]] auto& entry : fs::directory_iterator(path.parent_path())) ++files;
  EXPECT_EQ(files, 1);
}

TEST(WriteFileAtomically, FailsCleanlyWhereItCannotWrite) {
  TempDir dir;
  std::ofstream(dir.path() / "file") << "not a directory";
  EXPECT_FALSE(write_file_atomically(dir.path() / "file" / "entry", "x"));
}

TEST(WriteFileAtomically, ReadersSeeWholeEntriesUnderRacingWriters) {
  TempDir dir;
  fs::path path = dir.path() / "entry";
  const std::string a(1 << 16, 'a'), b(1 << 16, 'b');
  std::vector<std::thread> writers;
  for (int i = 0; i < 4; ++i)
    writers.emplace_back([&, i] {
      for (int n = 0; n < 50; ++n) write_file_atomically(path, i % 2 ? a : b);
    });
  for (int n = 0; n < 200; ++n) {
    std::string seen = read_file(path);
    EXPECT_TRUE(seen.empty() || seen == a || seen == b);
  }
  for (auto& w : writers) w.join();
}

TEST(FileStamp, ChangesWhenTheFileIsRewritten) {
  TempDir dir;
  fs::path file = dir.path() / "f";
  EXPECT_EQ(file_stamp(file), "absent");
  std::ofstream(file) << "one";
  std::string first = file_stamp(file);
  EXPECT_EQ(first.rfind("3 ", 0), 0u) << first;
  EXPECT_EQ(first, file_stamp(file));
  std::ofstream(file) << "three";
  EXPECT_NE(file_stamp(file), first);
}

TEST(TemporaryPathBeside, IsUniqueAndBesideThePath) {
  fs::path path = "/x/y/entry";
  fs::path first = temporary_path_beside(path), second = temporary_path_beside(path);
  EXPECT_NE(first, second);
  EXPECT_EQ(first.parent_path(), path.parent_path());
}

}  // namespace
}  // namespace ingot
