#include "gpu/kernel_cache.h"

#include <fstream>
#include <iterator>
#include <system_error>

#include "base/cache.h"

namespace ingot::gpu {
namespace {

// Changes whenever the entry format or the key's recipe does.
constexpr std::string_view kMagic = "INGOTKC1";

// Entries are fields, each length-prefixed.
void put_u64(std::string& out, uint64_t value) {
  for (int i = 0; i < 8; ++i) out += char(value >> (8 * i));
}

void put_field(std::string& out, std::string_view field) {
  put_u64(out, field.size());
  out += field;
}

// Reads an entry front to back; any overrun makes it fail.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : rest_(bytes) {}

  bool take(std::string_view& out, size_t n) {
    if (!ok_ || rest_.size() < n) return ok_ = false;
    out = rest_.substr(0, n);
    rest_.remove_prefix(n);
    return true;
  }
  uint64_t u64() {
    std::string_view bytes;
    if (!take(bytes, 8)) return 0;
    uint64_t value = 0;
    for (int i = 0; i < 8; ++i) value |= uint64_t(uint8_t(bytes[i])) << (8 * i);
    return value;
  }
  std::string field() {
    uint64_t size = u64();
    std::string_view bytes;
    take(bytes, size);
    return std::string(bytes);
  }
  bool ok() const { return ok_; }
  bool finished() const { return ok_ && rest_.empty(); }

 private:
  std::string_view rest_;
  bool ok_ = true;
};

}  // namespace

std::string kernel_cache_key(std::string_view source, const CompileOptions& options, std::string_view nvrtc_version,
                             const Target& target) {
  CacheKey key;
  key.add(kMagic).add(source).add(options.program_name).add(options.options.size());
  for (const std::string& option : options.options) key.add(option);
  key.add(options.name_expressions.size());
  for (const std::string& expression : options.name_expressions) key.add(expression);
  return key.add(nvrtc_version).add(target.architecture).hex();
}

std::string serialize_kernel_image(const KernelImage& image) {
  std::string out(kMagic);
  put_u64(out, uint64_t(image.format));
  put_u64(out, image.lowered_names.size());
  for (const auto& [expression, lowered] : image.lowered_names) {
    put_field(out, expression);
    put_field(out, lowered);
  }
  put_field(out, image.bytes);
  return out;
}

std::optional<KernelImage> deserialize_kernel_image(std::string_view bytes) {
  Reader in(bytes);
  std::string_view magic;
  if (!in.take(magic, kMagic.size()) || magic != kMagic) return std::nullopt;
  KernelImage image;
  uint64_t format = in.u64();
  if (format != uint64_t(KernelImage::Format::cubin) && format != uint64_t(KernelImage::Format::ptx))
    return std::nullopt;
  image.format = KernelImage::Format(format);
  uint64_t names = in.u64();
  for (uint64_t i = 0; i < names && in.ok(); ++i) {
    std::string expression = in.field();
    std::string lowered = in.field();
    image.lowered_names.emplace_back(std::move(expression), std::move(lowered));
  }
  image.bytes = in.field();
  if (!in.finished()) return std::nullopt;
  return image;
}

std::optional<std::filesystem::path> KernelCache::default_directory() { return cache_directory("kernels"); }

std::optional<KernelImage> KernelCache::load(const std::string& key) const {
  std::ifstream file(path_for(key), std::ios::binary);
  if (!file) return std::nullopt;
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  return deserialize_kernel_image(bytes);
}

bool KernelCache::store(const std::string& key, const KernelImage& image) const {
  return write_file_atomically(path_for(key), serialize_kernel_image(image));
}

}  // namespace ingot::gpu
