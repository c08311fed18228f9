// The tokenizer's errors against CPython's (`python3 FILE`): message, type
// and location, and which of them win over an earlier parser error.
#include <gtest/gtest.h>

#include <variant>

#include "lex/decode.h"
#include "lex/test_oracle.h"
#include "lex/token.h"

namespace ingot {
namespace {

using namespace std::string_literals;

using testing::PyError;

std::string type_name(SyntaxError::Type type) {
  switch (type) {
    case SyntaxError::Type::SyntaxError: return "SyntaxError";
    case SyntaxError::Type::IndentationError: return "IndentationError";
    case SyntaxError::Type::TabError: return "TabError";
  }
  return "";
}

// CPython's 1-based offset for our 0-based byte column: errors its tokenizer
// raises count characters, the others bytes, unless the file declares its
// encoding (see TokenStream::error_is_raised).
int offset(int col, std::string_view line, bool in_characters) {
  if (col < 0) return 0;
  if (!in_characters) return col + 1;
  int characters = 1;
  for (int i = 0; i < col && i < static_cast<int>(line.size()); ++i) characters += (line[i] & 0xC0) != 0x80;
  return characters;
}

PyError as_cpython(const SyntaxError& e, std::string_view line, bool raised) {
  PyError py;
  py.type = type_name(e.type);
  py.message = e.message;
  if (e.lineno == 0) return py;
  py.lineno = e.lineno;
  py.end_lineno = e.end_lineno ? e.end_lineno : e.lineno;
  py.offset = offset(e.col, line, raised);
  py.end_offset = offset(e.end_col, line, raised);
  return py;
}

// The test cases declare encodings plainly.
bool declares_encoding(std::string_view bytes) {
  std::string_view two_lines = bytes.substr(0, bytes.find('\n', bytes.find('\n') + 1));
  return bytes.starts_with("\xef\xbb\xbf") || two_lines.find("coding:") != std::string_view::npos ||
         two_lines.find("coding=") != std::string_view::npos;
}

struct Ours {
  PyError error;
  bool raised = false;
};

Ours tokenize_file(const std::string& path, const std::string& bytes) {
  auto decoded = decode_source(bytes);
  if (auto* e = std::get_if<SyntaxError>(&decoded)) return {as_cpython(*e, Source(path, bytes).line(e->lineno), true), true};
  Source source(path, std::move(std::get<std::string>(decoded)));
  TokenStream stream = tokenize(source);
  if (!stream.error) return {};
  const SyntaxError& e = *stream.error;
  bool in_characters = stream.error_is_raised || declares_encoding(bytes);
  return {as_cpython(e, source.line(e.lineno), in_characters), stream.error_is_raised};
}

// CPython gives some errors no end (-1) where we give an end column of -1,
// which reads as 0.
PyError normalized(PyError e) {
  if (e.end_offset < 0) e.end_offset = 0;
  return e;
}

std::string nested(const std::string& open, int depth, const std::string& inside) {
  std::string text;
  for (int i = 0; i < depth; ++i) text += open;
  return text + inside;
}

std::string deep_blocks(int depth) {
  std::string text;
  for (int i = 0; i < depth; ++i) text += std::string(i, ' ') + "if x:\n";
  return text + std::string(depth, ' ') + "pass\n";
}

// Files whose first error is the tokenizer's (all valid code before it).
const std::vector<std::string> kErrorCases = {
    // Numbers.
    "0x", "0x_", "0x1_", "0x1g", "0xg", "0o", "0o8", "0o18", "0o1_8", "0o_", "0o7_", "0o7a", "0b", "0b2", "0b12",
    "0b1_", "0b1a", "017", "0_7", "00_7", "0_", "0_a", "09", "1_", "1__0", "1_a", "1a", "1e", "1e+", "1e-a", "1e_1",
    "1.5x", "1.5_", "1.5e", "1j_", "1jx", "1.j_", ".5x", "1_000_", "0.0_", "0e", "0j_", "0_0_7", "1elsex", "1anda",
    "1fory", "1orx", "1notx", "x = 1if\n0o9", "0xfg", "1E5J_", "0b1_2",
    // Strings.
    "x = 'abc", "x = \"abc", "x = rb'abc", "x = '''abc\n\n", "x = f'''abc\nd", "x = 'abc\\\ndef", "x = u'a\\'",
    "x = '\\\n", "x = ''' '' \"\"\"", "x = (\n'abc\n)", "x = 1\ny = Rb\"\"\"\n\n\n", "x = ''\ny = 'a",
    // Backslash continuations.
    "x = 1 \\ y", "x = 1 \\", "x = 1 + \\\n  2 \\ y\n", "  \\ x", "x = '''a\nb''' \\ y\n", "x = 1 \\\n", "x \\\n",
    "if x:\n  y\n  \\\n", "\\\n\\", "x = (1 \\\n", "(\n\nx = 1 +\n\n\\ z\n", "x = 1 \\\r\n",
    // Indentation.
    "if x:\n    y\n  z\n", "if x:\n\ty\n        z\n", "if x:\n        y\n\tz\n", "if x:\n  \ty\n\tz\n",
    "if x:\n  y\n \\\n z", "if x:\n  y = 1 + \\\n    2\n z\n", "if x:\n    y\n  \x0c  z\n", "if x:\n    y\n  z = 0o8\n",
    deep_blocks(100),
    // Brackets.
    "x)", "(x]", "(x\n]", "(x\n\n)]", "x = (1,", "x = [1,\n", "x = {\n(", "foo(a, [b\n", "{\n(\n]",
    nested("(", 199, "1"), nested("(", 200, "1"), nested("[", 201, ""), nested("{", 100000, ""),
    // Characters.
    "x = \x01", "x = 1\x7f", "x = \x0b", "x = \xe2\x82\xac", "x = a\xe2\x82\xac", "x = \xc2\xa0",
    "\xc3\xa9 = a\xe2\x82\xac", "x = ab\xe2\x80\x8b", "x = \xef\xbb\xbf", "\xef\xbb\xbf\xef\xbb\xbfx=1",
    "x = 1\xe2\x82\xac", "x = \xd9\xa3", "x = a\xf0\x9f\x98\x80", "\xf0\x9d\x94\x98\xe2\x82\xac = 1",
    // Lines CPython cannot read.
    "x\0"s, "x = 1\n\0\n"s, "x = '\0'"s, "x = 0o8\n\xff\n",
    "x = 1\ny = '\xff'\n", "ab\xff" "c = 1", "x = (\n\xff\n", "x\0\xff"s, "x\xff\0"s,
    "# \0\nx=1"s, "x = 1 \\\n\0\n"s, "x = '''\n\xff\n", "x = 1\n\xc3\n",
    "x = 1\n\xed\xa0\x80\n", "x = 1\n\xf4\x90\x80\x80\n", "x = 1\n\xc0\x80\n", "x = 1\n\xe0\x80\x80\n",
    // Encodings.
    "\xef\xbb\xbf# coding: latin-1\nx=1", "# coding: uft-8\nx=1", "\xef\xbb\xbf# coding: utf8\nx=1",
    "# coding: ascii\nx = '\xc3\xa9'\n", "# coding: utf8\nx = '\xff'\n", "x=1\n# coding: latin-1\nx = '\xff'\n",
    "# coding: latin-1\n\xc3\xa9 = a\xe2\x82\xac\n", "# coding: cp1252\nx = 1 +\n'\x81'\n",
    "\n# coding: koi8-r\n\xc1 = 1 \\ 2\n", "# coding=euc-kr-nope\n", "\xef\xbb\xbf\n\n\xff\n",
};

TEST(ErrorsTest, MatchCPython) {
  auto verdicts = testing::python_file_verdicts(kErrorCases);
  ASSERT_EQ(verdicts.size(), kErrorCases.size());
  for (size_t i = 0; i < kErrorCases.size(); ++i) {
    const std::string& source = kErrorCases[i];
    SCOPED_TRACE("case " + std::to_string(i) + ": " + testing::python_bytes_literal(source.substr(0, 60)));
    EXPECT_NE(verdicts[i].error.type, "OK");
    EXPECT_EQ(normalized(tokenize_file(verdicts[i].path, source).error), normalized(verdicts[i].error));
  }
}

// CPython tokenizes the whole file after a parser error, and an error its
// tokenizer raises then wins; its status codes (end of input, indentation,
// backslashes) don't.
TEST(ErrorsTest, RaisedErrorsWinOverEarlierParserErrors) {
  std::vector<std::string> sources;
  for (const std::string& source : kErrorCases) {
    if (source.find("coding") == std::string::npos && !source.starts_with("\xef\xbb\xbf")) sources.push_back("x = $\n" + source);
  }
  auto verdicts = testing::python_file_verdicts(sources);
  ASSERT_EQ(verdicts.size(), sources.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    SCOPED_TRACE("case: " + testing::python_bytes_literal(sources[i].substr(0, 60)));
    Ours ours = tokenize_file(verdicts[i].path, sources[i]);
    bool parser_error_won = verdicts[i].error.message == "invalid syntax" && verdicts[i].error.lineno == 1;
    EXPECT_EQ(ours.raised, !parser_error_won) << ours.error;
    if (!parser_error_won) {
      EXPECT_EQ(normalized(ours.error), normalized(verdicts[i].error));
    }
  }
}

// After a status error inside brackets, CPython reports the innermost one
// as never closed instead of a parser error on a later line.
TEST(ErrorsTest, UnclosedBracketBeforeAStatusError) {
  std::vector<std::string> sources = {"(\nx = $ \\ z\n", "[\n(\n\nx = $ \\\n", "{\nx = [1,\n$ \\ 1\n"};
  auto verdicts = testing::python_file_verdicts(sources);
  for (size_t i = 0; i < sources.size(); ++i) {
    SCOPED_TRACE("case: " + testing::python_bytes_literal(sources[i]));
    Source source(verdicts[i].path, sources[i]);
    TokenStream stream = tokenize(source);
    ASSERT_TRUE(stream.error && !stream.error_is_raised && stream.unclosed_bracket_error);
    const SyntaxError& e = *stream.unclosed_bracket_error;
    EXPECT_EQ(stream.unclosed_bracket_line, e.lineno);
    EXPECT_EQ(normalized(as_cpython(e, source.line(e.lineno), false)), normalized(verdicts[i].error));
  }
}

}  // namespace
}  // namespace ingot
