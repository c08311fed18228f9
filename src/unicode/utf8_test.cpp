#include <gtest/gtest.h>

#include "unicode/unicode.h"

namespace ingot::unicode {
namespace {

std::string encode(char32_t c) {
  std::string out;
  append_utf8(out, c);
  return out;
}

TEST(Utf8, EncodesEachLength) {
  EXPECT_EQ(encode(U'A'), "A");
  EXPECT_EQ(encode(0x00E9), "\xC3\xA9");
  EXPECT_EQ(encode(0x20AC), "\xE2\x82\xAC");
  EXPECT_EQ(encode(0x1F600), "\xF0\x9F\x98\x80");
  EXPECT_EQ(encode(kMaxCodePoint), "\xF4\x8F\xBF\xBF");
}

TEST(Utf8, EncodesSurrogatesInThreeBytes) {
  EXPECT_EQ(encode(0xD800), "\xED\xA0\x80");
  EXPECT_EQ(encode(0xDFFF), "\xED\xBF\xBF");
}

TEST(Utf8, RoundTripsEveryCodePoint) {
  std::string text;
  for (char32_t c = 0; c <= kMaxCodePoint; ++c) append_utf8(text, c);
  size_t at = 0;
  for (char32_t c = 0; c <= kMaxCodePoint; ++c) ASSERT_EQ(next_utf8(text, at), c);
  EXPECT_EQ(at, text.size());
}

TEST(Utf8, AdvancesPastOneCharacter) {
  std::string_view text = "a\xC3\xA9\xED\xA0\x80z";
  size_t at = 0;
  EXPECT_EQ(next_utf8(text, at), U'a');
  EXPECT_EQ(next_utf8(text, at), 0x00E9u);
  EXPECT_EQ(at, 3u);
  EXPECT_EQ(next_utf8(text, at), 0xD800u);
  EXPECT_EQ(next_utf8(text, at), U'z');
  EXPECT_EQ(at, text.size());
}

}  // namespace
}  // namespace ingot::unicode
