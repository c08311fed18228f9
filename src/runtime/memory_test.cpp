#include "runtime/memory.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <set>

namespace ingot::rt {
namespace {

// A node of `Words` words whose only pointer is its last word: the word
// the collector does not scan when the object has no room after it.
template <size_t Words>
struct Node {
  int64_t payload[Words - 1];
  Node* next;
};

// The scanned allocators: with the collector's extra byte, and exact.
using Allocator = void* (*)(size_t);
constexpr Allocator kScanned[] = {&gc_alloc, &gc_alloc_exact};

template <size_t Words>
Node<Words>* chain(int64_t length, Allocator allocate) {
  Node<Words>* head = nullptr;
  for (int64_t i = 0; i < length; ++i) {
    auto* node = static_cast<Node<Words>*>(allocate(sizeof(Node<Words>)));
    for (int64_t& word : node->payload) word = i;
    node->next = head;
    head = node;
  }
  return head;
}

template <size_t Words>
void expect_chain(const Node<Words>* head, int64_t length) {
  for (int64_t i = length - 1; i >= 0; --i, head = head->next) {
    ASSERT_NE(head, nullptr);
    for (int64_t word : head->payload) ASSERT_EQ(word, i);
  }
  EXPECT_EQ(head, nullptr);
}

void churn() {
  for (int i = 0; i < 300000; ++i) static_cast<int64_t*>(gc_alloc(8 * (1 + i % 20)))[0] = i;
}

TEST(Memory, ObjectsKeptOnlyThroughTheirLastWordSurviveCollections) {
  // Sizes that fill their granules but for the word the collector adds
  // room for (3 and 5 words), and ones that fill them exactly (2, 4, 6):
  // gc_alloc_exact gives those no room after them.
  for (Allocator allocate : kScanned) {
    Node<2>* two = chain<2>(5000, allocate);
    Node<3>* three = chain<3>(5000, allocate);
    Node<4>* four = chain<4>(5000, allocate);
    Node<5>* five = chain<5>(5000, allocate);
    Node<6>* six = chain<6>(5000, allocate);
    churn();
    GC_gcollect();
    churn();
    expect_chain(two, 5000);
    expect_chain(three, 5000);
    expect_chain(four, 5000);
    expect_chain(five, 5000);
    expect_chain(six, 5000);
  }
}

TEST(Memory, AllocationsAreZeroedAndDistinctAcrossCollections) {
  // Every size from the free lists and past them, fresh and after a
  // collection has put dead objects back on the lists.
  for (Allocator allocate : kScanned) {
    for (int round = 0; round < 2; ++round) {
      std::set<uintptr_t> seen;
      void* live[64];
      for (size_t i = 0; i < 64; ++i) {
        size_t bytes = i * 8;
        auto* p = static_cast<unsigned char*>(allocate(bytes));
        ASSERT_NE(p, nullptr);
        for (size_t b = 0; b < bytes; ++b) ASSERT_EQ(p[b], 0) << bytes;
        std::memset(p, 0xAB, bytes);
        EXPECT_TRUE(seen.insert(reinterpret_cast<uintptr_t>(p)).second);
        live[i] = p;
      }
      churn();
      GC_gcollect();
      for (size_t i = 0; i < 64; ++i)
        for (size_t b = 0; b < i * 8; ++b) ASSERT_EQ(static_cast<unsigned char*>(live[i])[b], 0xAB);
    }
  }
}

}  // namespace
}  // namespace ingot::rt
