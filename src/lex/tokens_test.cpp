// What the parser relies on beyond what the comparison with CPython's
// tokenize module checks (tests/lex/compare_tokenize.py): keywords, flags,
// the shape of the stream, and f-string expressions.
#include <gtest/gtest.h>

#include <variant>

#include "lex/decode.h"
#include "lex/token.h"

namespace ingot {
namespace {

std::vector<Token> tokens_of(const Source& source) {
  TokenStream stream = tokenize(source);
  EXPECT_FALSE(stream.error) << stream.error->message;
  return stream.tokens;
}

TEST(TokensTest, KeywordsAreHardKeywordsSpelledInAscii) {
  Source source("t.py", "if match else async await_ None ｉｆ café\n");
  std::vector<Token> t = tokens_of(source);
  ASSERT_EQ(t.size(), 10u);
  EXPECT_EQ(t[0].keyword, Keyword::kw_if);
  EXPECT_EQ(t[1].keyword, Keyword::none);  // a soft keyword is a name
  EXPECT_EQ(t[2].keyword, Keyword::kw_else);
  EXPECT_EQ(t[3].keyword, Keyword::kw_async);
  EXPECT_EQ(t[4].keyword, Keyword::none);
  EXPECT_EQ(t[5].keyword, Keyword::kw_None);
  // NFKC makes "if" of this, but CPython matches keywords on the spelling.
  EXPECT_EQ(t[6].keyword, Keyword::none);
  EXPECT_TRUE(t[6].non_ascii);
  EXPECT_TRUE(t[7].non_ascii);
  EXPECT_FALSE(t[5].non_ascii);
}

TEST(TokensTest, EveryKeywordIsFound) {
  std::string text;
#define X(word) text += #word " ";
  INGOT_KEYWORDS(X)
#undef X
  Source source("t.py", text);
  std::vector<Token> t = tokens_of(source);
  int i = 0;
#define X(word) EXPECT_EQ(t[i++].keyword, Keyword::kw_##word) << #word;
  INGOT_KEYWORDS(X)
#undef X
}

TEST(TokensTest, GenericOperatorsAndNotEqual) {
  Source source("t.py", "a $ b ? c ! d ` e <> f != g\n");
  std::vector<Token> t = tokens_of(source);
  EXPECT_EQ(t[1].kind, TokenKind::Op);
  EXPECT_EQ(t[1].text, "$");
  EXPECT_EQ(t[3].kind, TokenKind::Op);
  EXPECT_EQ(t[5].kind, TokenKind::Op);
  EXPECT_EQ(t[7].kind, TokenKind::Op);
  EXPECT_EQ(t[9].kind, TokenKind::NotEqual);
  EXPECT_EQ(t[9].text, "<>");  // the parser refuses this spelling
  EXPECT_EQ(t[11].kind, TokenKind::NotEqual);
}

TEST(TokensTest, StreamEndsWithEndMarkerOrOneError) {
  for (const char* text : {"", "\n", "x", "x = (1,\n", "0o8 + 1\n", "if x:\n  y\n"}) {
    Source source("t.py", text);
    TokenStream stream = tokenize(source);
    ASSERT_FALSE(stream.tokens.empty());
    TokenKind last = stream.error ? TokenKind::Error : TokenKind::EndMarker;
    EXPECT_EQ(stream.tokens.back().kind, last) << text;
    for (size_t i = 0; i + 1 < stream.tokens.size(); ++i) {
      EXPECT_NE(stream.tokens[i].kind, TokenKind::Error);
      EXPECT_NE(stream.tokens[i].kind, TokenKind::EndMarker);
    }
  }
}

TEST(TokensTest, TokenTextsPointIntoTheSource) {
  Source source("t.py", "s = f'''a\n{b}'''  # c\n");
  for (const Token& t : tokens_of(source)) {
    if (t.text.empty()) continue;
    EXPECT_GE(t.text.data(), source.text().data());
    EXPECT_LE(t.text.data() + t.text.size(), source.text().data() + source.text().size());
  }
}

TEST(TokensTest, DecodedNewlinesGiveTheSamePositions) {
  std::string lf = "if x:\n    s = '''a\nb'''\n\n    y = (1,\n 2)\n";
  std::string crlf, cr;
  for (char c : lf) {
    crlf += c == '\n' ? "\r\n" : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  Source expected("t.py", lf);
  std::vector<Token> want = tokens_of(expected);
  for (const std::string& bytes : {crlf, cr}) {
    Source source("t.py", std::get<std::string>(decode_source(bytes)));
    std::vector<Token> got = tokens_of(source);
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
      EXPECT_EQ(got[i].kind, want[i].kind);
      EXPECT_EQ(got[i].text, want[i].text);
      EXPECT_EQ(std::tie(got[i].lineno, got[i].col, got[i].end_lineno, got[i].end_col),
                std::tie(want[i].lineno, want[i].col, want[i].end_lineno, want[i].end_col));
    }
  }
}

TEST(TokensTest, FStringExpressionsInPlace) {
  Source source("t.py", "x = f'''{a +\n  b[1]}'''\n");
  // The expression runs from after '{' (offset 9) to '}' (offset 19).
  TokenStream stream = tokenize_fstring_expression(source, 9, 19, 1, 9);
  ASSERT_FALSE(stream.error);
  std::vector<std::pair<TokenKind, std::array<int, 4>>> expected = {
      {TokenKind::Name, {1, 9, 1, 10}},  {TokenKind::Plus, {1, 11, 1, 12}}, {TokenKind::Name, {2, 2, 2, 3}},
      {TokenKind::LSqb, {2, 3, 2, 4}},   {TokenKind::Number, {2, 4, 2, 5}}, {TokenKind::RSqb, {2, 5, 2, 6}},
  };
  ASSERT_EQ(stream.tokens.size(), expected.size() + 1);
  for (size_t i = 0; i < expected.size(); ++i) {
    const Token& t = stream.tokens[i];
    EXPECT_EQ(t.kind, expected[i].first);
    EXPECT_EQ((std::array<int, 4>{t.lineno, t.col, t.end_lineno, t.end_col}), expected[i].second);
  }
  EXPECT_EQ(stream.tokens.back().kind, TokenKind::EndMarker);
}

TEST(TokensTest, FStringExpressionErrors) {
  Source source("t.py", "x = f'{0o8}' + f'{(a}' + f'{a)}'\n");
  TokenStream octal = tokenize_fstring_expression(source, 7, 10, 1, 7);
  ASSERT_TRUE(octal.error);
  EXPECT_EQ(octal.error->message, "invalid digit '8' in octal literal");
  EXPECT_EQ(octal.error->col, 9);
  TokenStream unclosed = tokenize_fstring_expression(source, 18, 20, 1, 18);
  ASSERT_TRUE(unclosed.error);
  EXPECT_EQ(unclosed.error->message, "'(' was never closed");
  TokenStream unmatched = tokenize_fstring_expression(source, 28, 30, 1, 28);
  ASSERT_TRUE(unmatched.error);
  EXPECT_EQ(unmatched.error->message, "unmatched ')'");
}

}  // namespace
}  // namespace ingot
