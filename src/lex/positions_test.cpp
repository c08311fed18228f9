// The positions of the tokens CPython's parser reports errors at, where the
// tokenize module can't tell them: NEWLINE, INDENT, DEDENT, ENDMARKER and
// generic OP tokens. Each case is a file CPython rejects at the given token
// (some tokenize with an error after it); its error's location must be the
// token's.
#include <gtest/gtest.h>

#include "lex/test_oracle.h"
#include "lex/token.h"

namespace ingot {
namespace {

using namespace std::string_literals;

struct Case {
  std::string source;
  TokenKind kind;
  int occurrence;  // which token of that kind, from 0
};

const std::vector<Case> kCases = {
    {"x = 1\n  y = 2\n", TokenKind::Indent, 0},
    {"x = 1\n\x0c  y = 2\n", TokenKind::Indent, 0},
    {"x = 1\n\t\ty\n", TokenKind::Indent, 0},
    {"  \\\n  x\n", TokenKind::Indent, 0},
    {"\\\n  x\n", TokenKind::Indent, 0},
    {"if a:\n  if b:\nx\n", TokenKind::Dedent, 0},
    {"if a:\n  if b:\n    c\n  if d:\nf\n", TokenKind::Dedent, 1},
    {"class A:\n  def f():\n", TokenKind::Dedent, 0},
    {"if a:\n  if b:\n\\\nx\n", TokenKind::Dedent, 0},
    {"if a:\n  if b:\n  \\\n\\\nx\n", TokenKind::Name, 4},
    {"if a:\n  b\n\\\n    c\n", TokenKind::Indent, 1},
    {"for x in y:\n  if a:\n    pass\n  else:\n", TokenKind::Dedent, 1},
    // A line with a NUL byte ends the input, after DEDENT tokens.
    {"if x:\n if x:\n\0\n"s, TokenKind::Dedent, 0},
    {"if x:\n  if y:\n1 \0\n"s, TokenKind::Dedent, 0},
    {"if x:\n if x:\n1\0"s, TokenKind::Dedent, 0},
    {"if x:\n", TokenKind::EndMarker, 0},
    {"if x:", TokenKind::EndMarker, 0},
    {"if x:\n\n", TokenKind::EndMarker, 0},
    {"if x:\n  # c", TokenKind::EndMarker, 0},
    {"if x:\n\n   \n# c\n\n", TokenKind::EndMarker, 0},
    {"x +\n", TokenKind::Newline, 0},
    {"x +", TokenKind::Newline, 0},
    {"x +  # c\n", TokenKind::Newline, 0},
    {"x = 1\ny = (1 +\n 2) +   # c\n", TokenKind::Newline, 1},
    {"if x\n", TokenKind::Newline, 0},
    {"if x:\n  pass\n  @", TokenKind::Newline, 2},
    {"s = '''\n''' +\n", TokenKind::Newline, 0},
    {"x = $", TokenKind::Op, 0},
    {"x = ?", TokenKind::Op, 0},
    {"x = !", TokenKind::Op, 0},
    {"x = `", TokenKind::Op, 0},
    {"x = (1 ? 2)", TokenKind::Op, 0},
    {"\xc3\xa9 = 1 $", TokenKind::Op, 0},
    {"1 <> 2", TokenKind::NotEqual, 0},
};

TEST(PositionsTest, TokensWhereCPythonReportsErrors) {
  std::vector<std::string> sources;
  for (const Case& c : kCases) sources.push_back(c.source);
  auto verdicts = testing::python_file_verdicts(sources);
  ASSERT_EQ(verdicts.size(), kCases.size());
  for (size_t i = 0; i < kCases.size(); ++i) {
    const Case& c = kCases[i];
    SCOPED_TRACE(testing::python_bytes_literal(c.source) + ", " + std::string(token_kind_name(c.kind)));
    Source source(verdicts[i].path, c.source);
    TokenStream stream = tokenize(source);
    const Token* found = nullptr;
    int seen = 0;
    for (const Token& t : stream.tokens)
      if (t.kind == c.kind && seen++ == c.occurrence) found = &t;
    ASSERT_NE(found, nullptr);
    // CPython's parser errors count bytes (in a file that declares no
    // encoding) and have no end (-1, or 0) at INDENT, DEDENT and ENDMARKER.
    const testing::PyError& e = verdicts[i].error;
    EXPECT_EQ(found->lineno, e.lineno) << e;
    EXPECT_EQ(found->col, e.offset - 1) << e;
    EXPECT_EQ(found->end_lineno, e.end_lineno) << e;
    EXPECT_EQ(found->end_col, e.end_offset > 0 ? e.end_offset - 1 : -1) << e;
  }
}

}  // namespace
}  // namespace ingot
