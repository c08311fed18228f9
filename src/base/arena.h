// A bump allocator for objects that all die together (an AST, a token list).
// Objects must be trivially destructible: the arena never runs destructors.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ingot {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(size_t size, size_t align) {
    size_t at = (used_ + align - 1) & ~(align - 1);
    if (at + size > capacity_) {
      grow(size + align);
      at = (used_ + align - 1) & ~(align - 1);
    }
    used_ = at + size;
    return chunk_ + at;
  }

  template <class T>
  T* make() {
    static_assert(std::is_trivially_destructible_v<T>);
    return new (allocate(sizeof(T), alignof(T))) T{};
  }

  // Copies `items` into the arena.
  template <class T>
  std::span<T> copy(std::span<const T> items) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (items.empty()) return {};
    T* out = static_cast<T*>(allocate(sizeof(T) * items.size(), alignof(T)));
    std::memcpy(static_cast<void*>(out), items.data(), sizeof(T) * items.size());
    return {out, items.size()};
  }

  std::string_view copy(std::string_view text) {
    char* out = static_cast<char*>(allocate(text.size() + 1, 1));
    std::memcpy(out, text.data(), text.size());
    out[text.size()] = '\0';
    return {out, text.size()};
  }

  size_t bytes_allocated() const { return total_; }

 private:
  void grow(size_t at_least) {
    size_t size = std::max(at_least, kChunk);
    chunks_.push_back(std::make_unique<char[]>(size));
    chunk_ = chunks_.back().get();
    capacity_ = size;
    used_ = 0;
    total_ += size;
  }

  static constexpr size_t kChunk = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> chunks_;
  char* chunk_ = nullptr;
  size_t capacity_ = 0;
  size_t used_ = 0;
  size_t total_ = 0;
};

}  // namespace ingot
