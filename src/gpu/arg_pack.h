// A kernel's arguments, packed the way cuLaunchKernel takes them: the bytes
// of each, and an array of pointers to those bytes.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ingot::gpu {

class Buffer;

// Where a kernel parameter sits in the kernel's parameter block, as the
// driver reports it.
struct ParamInfo {
  size_t offset = 0;
  size_t size = 0;
  bool operator==(const ParamInfo&) const = default;
};

class ArgPack {
 public:
  // Room for `count` arguments of `bytes` in all, to spare reallocations.
  void reserve(size_t count, size_t bytes);

  // A buffer's device address; the pack keeps its memory alive, so that a
  // graph captured from the launch does too.
  ArgPack& add(const Buffer& buffer);

  // A scalar of any width: char, int8_t ... uint64_t, float, double, bool.
  template <class T>
    requires std::is_arithmetic_v<T>
  ArgPack& add(T value) {
    return add_bytes(&value, sizeof value, alignof(T));
  }

  // Raw bytes: a struct passed by value. `alignment` is a power of two.
  ArgPack& add_bytes(const void* data, size_t size, size_t alignment);

  size_t count() const { return args_.size(); }
  std::span<const std::byte> bytes(size_t index) const;

  // The kernelParams array; valid until the next add.
  void** pointers();

  const std::vector<std::shared_ptr<const void>>& keepalive() const { return keepalive_; }

 private:
  struct Arg {
    size_t offset;
    size_t size;
  };
  std::vector<std::byte> storage_;
  std::vector<Arg> args_;
  std::vector<void*> pointers_;
  std::vector<std::shared_ptr<const void>> keepalive_;
};

// Throws std::invalid_argument unless `args` match `params` in number and
// in each argument's size: a mismatch would read garbage on the device.
void check_arguments(std::string_view kernel, std::span<const ParamInfo> params, const ArgPack& args);

}  // namespace ingot::gpu
