#include "gpu/kernel_cache.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <thread>
#include <vector>

#include "base/test_support.h"

namespace ingot::gpu {
namespace {

namespace fs = std::filesystem;

KernelImage sample_image(char fill = 'x') {
  KernelImage image;
  image.format = KernelImage::Format::cubin;
  image.bytes = std::string("\x7f" "ELF", 4) + std::string(10000, fill) + std::string(1, '\0');
  image.lowered_names = {{"scale<float>", "_Z5scaleIfEvPT_"}, {"scale<double>", "_Z5scaleIdEvPT_"}};
  return image;
}

using ingot::testing::ScopedEnv;
using ingot::testing::TempDir;

TEST(KernelCacheKey, DependsOnEverythingThatDecidesTheBinary) {
  CompileOptions options;
  options.options = {"-use_fast_math"};
  options.name_expressions = {"f<int>"};
  Target sm90{"sm_90", KernelImage::Format::cubin};
  std::string key = kernel_cache_key("src", options, "13.0", sm90);
  EXPECT_EQ(key.size(), 64u);
  EXPECT_EQ(key, kernel_cache_key("src", options, "13.0", sm90));

  EXPECT_NE(key, kernel_cache_key("src ", options, "13.0", sm90));
  EXPECT_NE(key, kernel_cache_key("src", options, "12.8", sm90));
  EXPECT_NE(key, kernel_cache_key("src", options, "13.0", {"sm_80", KernelImage::Format::cubin}));
  CompileOptions other = options;
  other.options = {"-use_fast_math", "-DN=1"};
  EXPECT_NE(key, kernel_cache_key("src", other, "13.0", sm90));
  other = options;
  other.name_expressions = {"f<long>"};
  EXPECT_NE(key, kernel_cache_key("src", other, "13.0", sm90));
  other = options;
  other.program_name = "other.cu";
  EXPECT_NE(key, kernel_cache_key("src", other, "13.0", sm90));
}

// Fields are delimited: moving text from one field to the next changes the key.
TEST(KernelCacheKey, FieldBoundariesMatter) {
  CompileOptions ab, a_b;
  ab.options = {"-DAB"};
  a_b.options = {"-DA", "B"};
  Target t{"sm_90", KernelImage::Format::cubin};
  EXPECT_NE(kernel_cache_key("x", ab, "13.0", t), kernel_cache_key("x", a_b, "13.0", t));
  EXPECT_NE(kernel_cache_key("x-", {}, "13.0", t), kernel_cache_key("x", {}, "-13.0", t));
}

TEST(KernelImageSerialization, RoundTrips) {
  KernelImage image = sample_image();
  EXPECT_EQ(deserialize_kernel_image(serialize_kernel_image(image)), image);
  image.format = KernelImage::Format::ptx;
  image.lowered_names.clear();
  EXPECT_EQ(deserialize_kernel_image(serialize_kernel_image(image)), image);
}

TEST(KernelImageSerialization, RejectsAnythingButAWholeEntry) {
  std::string bytes = serialize_kernel_image(sample_image());
  for (size_t size = 0; size < bytes.size(); size += 97)
    EXPECT_FALSE(deserialize_kernel_image(std::string_view(bytes).substr(0, size))) << size;
  EXPECT_FALSE(deserialize_kernel_image(bytes + "!"));
  std::string wrong_magic = bytes;
  wrong_magic[0] = 'X';
  EXPECT_FALSE(deserialize_kernel_image(wrong_magic));
  std::string huge_count = bytes;
  huge_count.replace(16, 8, std::string(8, '\xff'));  // the lowered-name count
  EXPECT_FALSE(deserialize_kernel_image(huge_count));
}

TEST(KernelCache, StoresAndLoads) {
  TempDir dir;
  KernelCache cache(dir.path() / "nested" / "kernels");
  EXPECT_FALSE(cache.load("0123"));
  ASSERT_TRUE(cache.store("0123", sample_image()));
  EXPECT_EQ(cache.load("0123"), sample_image());
  ASSERT_TRUE(cache.store("0123", sample_image('y')));  // replaces
  EXPECT_EQ(cache.load("0123"), sample_image('y'));
}

TEST(KernelCache, CorruptEntryIsAMiss) {
  TempDir dir;
  KernelCache cache(dir.path());
  ASSERT_TRUE(cache.store("k", sample_image()));
  fs::resize_file(cache.path_for("k"), 100);
  EXPECT_FALSE(cache.load("k"));
}

// Writers race on one key; a reader must only ever see a whole entry, and
// no temporary file may be left behind.
TEST(KernelCache, ConcurrentWritersNeverExposeAPartialEntry) {
  TempDir dir;
  KernelCache cache(dir.path());
  std::atomic<bool> stop = false;
  std::atomic<int> torn = 0;
  std::thread reader([&] {
    while (!stop) {
      std::ifstream file(cache.path_for("k"), std::ios::binary);
      if (!file) continue;
      std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
      if (!deserialize_kernel_image(bytes)) ++torn;
    }
  });
  std::vector<std::thread> writers;
  for (char fill : {'a', 'b', 'c', 'd'})
    writers.emplace_back([&, fill] {
      for (int i = 0; i < 50; ++i) EXPECT_TRUE(cache.store("k", sample_image(fill)));
    });
  for (std::thread& t : writers) t.join();
  stop = true;
  reader.join();
  EXPECT_EQ(torn, 0);
  std::optional<KernelImage> last = cache.load("k");
  ASSERT_TRUE(last);
  EXPECT_TRUE(last->bytes[4] >= 'a' && last->bytes[4] <= 'd');
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(KernelCache, UnwritableDirectoryIsNotAnError) {
  if (geteuid() == 0) GTEST_SKIP() << "root writes through permissions";
  TempDir dir;
  fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
  KernelCache cache(dir.path());
  EXPECT_FALSE(cache.store("k", sample_image()));
  EXPECT_FALSE(cache.load("k"));
}

TEST(KernelCache, FileInTheWayIsNotAnError) {
  TempDir dir;
  std::ofstream(dir.path() / "file") << "not a directory";
  KernelCache cache(dir.path() / "file" / "kernels");
  EXPECT_FALSE(cache.store("k", sample_image()));
}

TEST(KernelCache, DefaultDirectoryIsTheCachesKernelsFolder) {
  ScopedEnv ingot_set("INGOT_CACHE_DIR", "/tmp/c");
  EXPECT_EQ(KernelCache::default_directory(), fs::path("/tmp/c/kernels"));
}

}  // namespace
}  // namespace ingot::gpu
