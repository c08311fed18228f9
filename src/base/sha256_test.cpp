#include "base/sha256.h"

#include <gtest/gtest.h>

#include <string>

namespace ingot {
namespace {

// FIPS 180-4's examples and NIST's long-message vector.
TEST(Sha256, KnownDigests) {
  EXPECT_EQ(Sha256().hex_digest(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256().update("abc").hex_digest(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256().update("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").hex_digest(),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256().update(std::string(1000000, 'a')).hex_digest(),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// Padding crosses a block boundary at 56 bytes; pieces of any size add up.
TEST(Sha256, PiecesHashLikeTheWhole) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += char('a' + i % 26);
  for (size_t size : {0, 55, 56, 63, 64, 65, 119, 120, 300}) {
    std::string whole = Sha256().update(std::string_view(text).substr(0, size)).hex_digest();
    for (size_t piece : {1, 7, 64}) {
      Sha256 h;
      for (size_t at = 0; at < size; at += piece)
        h.update(std::string_view(text).substr(at, std::min(piece, size - at)));
      EXPECT_EQ(h.hex_digest(), whole) << size << " bytes in pieces of " << piece;
    }
  }
}

}  // namespace
}  // namespace ingot
