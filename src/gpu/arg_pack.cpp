#include "gpu/arg_pack.h"

#include <bit>
#include <cstring>
#include <stdexcept>
#include <string>

#include "gpu/buffer.h"

namespace ingot::gpu {

void ArgPack::reserve(size_t count, size_t bytes) {
  storage_.reserve(bytes);
  args_.reserve(count);
  keepalive_.reserve(count);
}

ArgPack& ArgPack::add(const Buffer& buffer) {
  CUdeviceptr address = buffer.device_ptr();
  keepalive_.push_back(buffer.keepalive());
  return add_bytes(&address, sizeof address, alignof(CUdeviceptr));
}

ArgPack& ArgPack::add_bytes(const void* data, size_t size, size_t alignment) {
  if (!std::has_single_bit(alignment)) throw std::invalid_argument("argument alignment must be a power of two");
  size_t offset = (storage_.size() + alignment - 1) & ~(alignment - 1);
  storage_.resize(offset + size);
  if (size) std::memcpy(storage_.data() + offset, data, size);
  args_.push_back({offset, size});
  return *this;
}

std::span<const std::byte> ArgPack::bytes(size_t index) const {
  const Arg& arg = args_.at(index);
  return {storage_.data() + arg.offset, arg.size};
}

void** ArgPack::pointers() {
  pointers_.resize(args_.size());
  for (size_t i = 0; i < args_.size(); ++i) pointers_[i] = storage_.data() + args_[i].offset;
  return pointers_.data();
}

void check_arguments(std::string_view kernel, std::span<const ParamInfo> params, const ArgPack& args) {
  if (args.count() != params.size())
    throw std::invalid_argument(std::string(kernel) + " takes " + std::to_string(params.size()) + " argument" +
                                (params.size() == 1 ? "" : "s") + ", not " + std::to_string(args.count()));
  for (size_t i = 0; i < params.size(); ++i)
    if (args.bytes(i).size() != params[i].size)
      throw std::invalid_argument("argument " + std::to_string(i) + " of " + std::string(kernel) + " is " +
                                  std::to_string(args.bytes(i).size()) + " bytes; the kernel's parameter is " +
                                  std::to_string(params[i].size));
}

}  // namespace ingot::gpu
