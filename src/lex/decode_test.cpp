// decode_source(): the text CPython reads from a file's bytes. Its errors are
// checked against `python3 FILE` in errors_test.cpp.
#include "lex/decode.h"

#include <gtest/gtest.h>

#include "lex/test_oracle.h"

namespace ingot {
namespace {

using namespace std::string_literals;

std::string decoded(const std::string& bytes) {
  auto result = decode_source(bytes);
  if (auto* error = std::get_if<SyntaxError>(&result)) return "error: " + error->message;
  return std::get<std::string>(result);
}

std::string hex(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    char digits[3];
    std::snprintf(digits, sizeof digits, "%02x", c);
    out += digits;
  }
  return out;
}

TEST(DecodeTest, MatchesCPythonsReading) {
  const std::vector<std::string> cases = {
      "x = 1\n",
      "s = '\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80'\n",
      "\xef\xbb\xbfx = '\xc3\xa9'\n",
      "\xef\xbb\xbf# coding: utf-8\nx = '\xc3\xa9'\n",
      "# -*- coding: latin-1 -*-\nx = '\xe9'\n",
      "\n# coding: latin-1\nx = '\xe9'\n",
      "  \n\x0c# coding: latin-1\nx = '\xe9'\n",
      "#!/usr/bin/python\n# vim: set fileencoding=koi8-r :\nx = '\xd4\xc5\xd3\xd4'\n",
      "# coding=cp1252\nx = '\x80\x99'\n",
      "# coding: iso-8859-15\nx = '\xa4'\n",
      "# coding: latin1\nx = '\xff'\n",
      "# coding: UTF_8\nx = '\xc3\xa9'\n",
      "# coding: utf-8-sig\nx = 1\n",
      "# coding: utf8\nx = '\xc3\xa9'\n",
      "# This file is encoded as: coding: latin-1 (says this comment)\nx = '\xe9'\n",
      "x = 1\n# coding: latin-1\ny = '\xc3\xa9'\n",
      "x = 1 # coding: latin-1\ny = '\xc3\xa9'\n",
      "if x:\r\n    y = '''a\r\nb'''\r\n",
      "x = 1\ry = 2\r",
      "x\r\r\n\n\r",
      "x = '\0'\n"s,
  };
  std::string script = "import io, tokenize\ncases = [\n";
  for (const std::string& bytes : cases) script += "    " + testing::python_bytes_literal(bytes) + ",\n";
  script += R"(]
for data in cases:
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    text = data.decode(encoding).replace('\r\n', '\n').replace('\r', '\n')
    print(text.encode('utf-8').hex())
)";
  auto expected = testing::python_lines(script);
  ASSERT_EQ(expected.size(), cases.size());
  for (size_t i = 0; i < cases.size(); ++i)
    EXPECT_EQ(hex(decoded(cases[i])), expected[i]) << testing::python_bytes_literal(cases[i]);
}

// Without a declared encoding, CPython checks UTF-8 a line at a time as it
// tokenizes, so bad bytes are the tokenizer's to report.
TEST(DecodeTest, UndeclaredUtf8PassesUnchecked) {
  EXPECT_EQ(decoded("x = 1\n\xff\xc3\n"), "x = 1\n\xff\xc3\n");
}

// With a BOM or a "utf-8" cookie, CPython does not check the bytes at all:
// a bad one fails where a literal or name holding it is decoded (or never,
// in a comment). We report it at once, with the message of CPython's codec
// and the position in the line.
TEST(DecodeTest, DeclaredUtf8FailsAtOnce) {
  auto result = decode_source("# coding: utf-8\nx = 1\ns = 'ab\xe2\x82'\n");
  ASSERT_TRUE(std::holds_alternative<SyntaxError>(result));
  const SyntaxError& e = std::get<SyntaxError>(result);
  EXPECT_EQ(e.message, "(unicode error) 'utf-8' codec can't decode bytes in position 7-8: invalid continuation byte");
  EXPECT_EQ(e.lineno, 3);
  EXPECT_EQ(e.col, 7);
}

}  // namespace
}  // namespace ingot
