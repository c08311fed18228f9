// Hostile input: deep nesting, huge tokens, and random bytes must end in a
// token stream or an error, never a crash or a hang.
#include <gtest/gtest.h>

#include <random>
#include <variant>

#include "lex/decode.h"
#include "lex/token.h"

namespace ingot {
namespace {

TokenStream tokenize_text(const std::string& text) {
  Source source("t.py", text);
  return tokenize(source);
}

std::string repeat(std::string_view piece, size_t times) {
  std::string text;
  text.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) text += piece;
  return text;
}

TEST(HostileTest, DeepBrackets) {
  TokenStream stream = tokenize_text(repeat("(", 100000));
  ASSERT_TRUE(stream.error);
  EXPECT_EQ(stream.error->message, "too many nested parentheses");
  EXPECT_EQ(stream.error->col, 200);
  EXPECT_EQ(stream.tokens.size(), 201u);
}

TEST(HostileTest, DeepIndentation) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += std::string(i, ' ') + "if x:\n";
  TokenStream stream = tokenize_text(text);
  ASSERT_TRUE(stream.error);
  EXPECT_EQ(stream.error->message, "too many levels of indentation");
  EXPECT_EQ(stream.error->lineno, 101);  // the 100th level
}

TEST(HostileTest, HugeTokens) {
  TokenStream name = tokenize_text(repeat("a", 10'000'000));
  ASSERT_FALSE(name.error);
  EXPECT_EQ(name.tokens[0].end_col, 10'000'000);

  TokenStream string = tokenize_text("'''" + repeat("x\\'\n", 1'000'000) + "'''");
  ASSERT_FALSE(string.error);
  EXPECT_EQ(string.tokens[0].end_lineno, 1'000'001);

  TokenStream unterminated = tokenize_text("x = '" + repeat("\\'", 5'000'000));
  ASSERT_TRUE(unterminated.error);
  EXPECT_EQ(unterminated.error->message, "unterminated string literal (detected at line 1)");

  TokenStream comment = tokenize_text("#" + repeat("#", 10'000'000));
  ASSERT_FALSE(comment.error);
}

TEST(HostileTest, ManyLines) {
  TokenStream continued = tokenize_text("x = \\\n" + repeat("  \\\n", 1'000'000));
  ASSERT_TRUE(continued.error);
  EXPECT_EQ(continued.error->message, "unexpected EOF while parsing");

  TokenStream blank = tokenize_text(repeat("   # c\n\n", 1'000'000) + "x");
  ASSERT_FALSE(blank.error);
  EXPECT_EQ(blank.tokens[0].lineno, 2'000'001);

  std::string blocks;
  for (int i = 0; i < 99; ++i) blocks += std::string(i, '\t') + "if x:\n";
  TokenStream dedents = tokenize_text(repeat(blocks + std::string(99, '\t') + "pass\n", 1000));
  ASSERT_FALSE(dedents.error);
}

// Random bytes, weighted towards what the tokenizer treats specially,
// straight into a Source (so not necessarily UTF-8 nor LF newlines) and
// through decode_source.
TEST(HostileTest, RandomBytes) {
  const std::vector<std::string> pieces = {
      "x", "1", "0", "0x", "0o", "0b", "_", "e", "j", ".", "'", "\"", "'''", "\"\"\"", "f'", "rb'", "\\", "\n",
      "\n", " ", "  ", "\t", "\x0c", "\r", "\r\n", "(", ")", "[", "]", "{", "}", ":", "=", "+", "<>", "#", "if",
      "else", "$", "!", "\xc3\xa9", "\xe2\x82\xac", "\xc2\xa0", std::string(1, '\0'), "\xff", "\xc3", "\xef\xbb\xbf",
      "# coding: latin-1\n", "# coding: utf-8\n", "\x01", "\x7f",
  };
  std::mt19937 random(20240611);
  for (int round = 0; round < 20000; ++round) {
    std::string bytes;
    int length = std::uniform_int_distribution<int>(0, 40)(random);
    for (int i = 0; i < length; ++i) bytes += pieces[random() % pieces.size()];
    std::vector<std::string> texts = {bytes};
    auto decoded = decode_source(bytes);
    if (auto* text = std::get_if<std::string>(&decoded)) texts.push_back(*text);
    for (const std::string& text : texts) {
      Source source("t.py", text);
      TokenStream stream = tokenize(source);
      ASSERT_FALSE(stream.tokens.empty());
      EXPECT_EQ(stream.tokens.back().kind, stream.error ? TokenKind::Error : TokenKind::EndMarker);
      for (const Token& t : stream.tokens) {
        EXPECT_GE(t.col, -1);
        EXPECT_TRUE(t.text.empty() || (t.text.data() >= source.text().data() &&
                                       t.text.data() + t.text.size() <= source.text().data() + source.text().size()));
      }
    }
  }
}

}  // namespace
}  // namespace ingot
