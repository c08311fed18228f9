// print_syntax_error() against `python3 FILE`, at test time: for each small
// broken file, python3 runs it with an excepthook that records the
// SyntaxError's attributes; the printer, given the same location as byte
// columns, must write exactly what python3 wrote to stderr.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "base/python_oracle.h"
#include "diagnostics/syntax_error.h"

namespace ingot {
namespace {

using testing::unhex;

std::vector<std::string> fields(const std::string& line) { return testing::split_fields(line, ' '); }

// One line per case: name, type, message, lineno, col, end_lineno, end_col,
// file name, decoded source and python3's stderr (strings in hex). Columns
// are turned back into bytes from CPython's 1-based offsets, which count
// characters when the file declares its encoding, bytes otherwise. Errors
// the tokenizer raises always count characters, so their cases keep the
// text before the error ASCII.
constexpr const char* kScript = R"py(
import ast, os, subprocess, sys, tempfile, tokenize

CASES = {
    # Ranges: one caret per column, to the end of the first line when the
    # range spans lines, and clipped to one past the end of the line.
    'generator_argument': b'foo(x for x in y, 1)\n',
    'range_across_lines': b'foo(x for x in\n y, 1)\n',
    'forgot_comma_across_lines': b'x = (1 +\n\t\t2 3\t+ 5)\n',
    'range_on_indented_line': b'foo(\n   x for x in y, 1)\n',
    'if_expression_without_else': b'x = 1 if 2\n',
    'bad_keyword_argument': b'f(x for x in y=1)\n',
    'unparenthesized_tuple_in_comprehension': b'[x, y for x, y in z]\n',
    # Single carets, including past the end of the line.
    'missing_colon': b'if x\n    pass\n',
    'trailing_spaces': b'x = 1 +   \n',
    'no_final_newline': b'x = 1 +',
    'never_closed': b'x = (1,\n  2\n',
    'never_closed_alone': b'(',
    'never_closed_far': b'x = [\n  1,\n  2,\n',
    'eof_after_backslash': b'x = 1 \\',
    'invalid_syntax_mid_line': b'def f(:\n    pass\n',
    # Indentation: the offset may point into the stripped indentation, which
    # leaves no caret.
    'unexpected_indent': b'x = 1\n    y = 2\n',
    'unexpected_indent_tab': b'x = 1\n\tif 1:\n',
    'unexpected_indent_form_feed': b'\x0c  x = 1 2\n',
    'unindent_mismatch': b'if x:\n    pass\n  y\n',
    'unindent_mismatch_deeper': b'class A:\n    def f(self):\n        pass\n  x = 1\n',
    'expected_indented_block': b'if x:\n',
    'expected_indented_block_no_newline': b'def f():',
    'tab_error': b'if 1:\n\tx=1\n        y=2\n',
    'eof_in_backslash_line': b'a = 1\n  \\\n',
    'expected_except': b'try:\n  pass\n',
    # Line ends: CRLF and lone CR lines are quoted without them.
    'crlf': b'x = (1 +\r\n 2 3)\r\n',
    'lone_cr': b'x = 1\ry = 2 3\r',
    # Tokenizer errors (ASCII before the error).
    'unterminated_string': b'x = "abc\n',
    'unterminated_triple_quoted': b's = """abc\n\nfoo\n',
    'unterminated_triple_quoted_alone': b'"""',
    'invalid_decimal': b'x = 1abc\n',
    'invalid_character': b'x = 1 \xe2\x82\xac 2\n',
    'unmatched_paren': b'x = 1)\n',
    'mismatched_paren': b'x = (1]\n',
    # Non-ASCII before the error: bytes without a declared encoding,
    # characters with one.
    'non_ascii_bytes': b'x = \xc3\xa9\xc3\xa9 $ 1\n',
    'non_ascii_range_bytes': b'f(\xc3\xa9\xc3\xa9 for x in y, 1)\n',
    'non_ascii_utf8_cookie': b'# coding: utf-8\nx = \xc3\xa9\xc3\xa9 $ 1\n',
    'non_ascii_range_utf8_cookie': b'# -*- coding: utf-8 -*-\nf(\xc3\xa9\xc3\xa9 for x in y, 1)\n',
    'non_ascii_latin1_cookie': b'#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\nx = \xe9\xe9 $ 1\n',
    'cookie_after_code_is_no_cookie': b'x = 1\n# coding: utf-8\nx = \xc3\xa9\xc3\xa9 $ 1\n',
    'non_ascii_past_the_end': b'# coding: utf-8\nx = "\xc3\xa9" +\n',
    'tab_before_caret': b'x = [1,\t2 3]\n',
    # Errors without a column, or without a location at all.
    'null_byte': b'x = 1\x00\n',
    'null_byte_later_line': b'x = 1\n  y = "a\x00b"\nz\n',
    'null_byte_after_indent': b'if x:\n    \x00pass\n',
    'not_utf8': b'x = "\xff"\n',
    'unknown_encoding': b'# -*- coding: nonsense -*-\nx = 1\n',
}

def declares_encoding(source):
    lines = source.splitlines()[:2]
    if lines and tokenize.cookie_re.match(lines[0].decode('latin-1')):
        return True
    return (len(lines) == 2 and tokenize.blank_re.match(lines[0])
            and tokenize.cookie_re.match(lines[1].decode('latin-1')) is not None)

def column(offset, text, in_characters):
    if offset is None or offset <= 0:
        return -1
    return len(text[:offset - 1].encode()) if in_characters else offset - 1

def decoded(source):
    try:
        return source.decode(tokenize.detect_encoding(iter(source.splitlines(True)).__next__)[0]).encode()
    except (SyntaxError, UnicodeDecodeError):
        return source  # as the driver does, which quotes the raw bytes

HOOK = """import sys
def hook(kind, e, tb, original=sys.excepthook):
    print(repr((kind.__name__, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)))
    original(kind, e, tb)
sys.excepthook = hook
"""

with tempfile.TemporaryDirectory() as folder:
    with open(os.path.join(folder, 'sitecustomize.py'), 'w') as f:
        f.write(HOOK)
    for name, source in CASES.items():
        path = os.path.join(folder, name + '.py')
        with open(path, 'wb') as f:
            f.write(source)
        run = subprocess.run([sys.executable, path], capture_output=True, env=dict(os.environ, PYTHONPATH=folder))
        kind, msg, lineno, offset, text, end_lineno, end_offset = ast.literal_eval(run.stdout.decode())
        in_characters = declares_encoding(source)
        print(name, kind, msg.encode().hex(), lineno or 0, column(offset, text or '', in_characters), end_lineno or 0,
              column(end_offset, text or '', in_characters), path.encode().hex(), decoded(source).hex(), run.stderr.hex())
)py";

SyntaxError::Type type_named(const std::string& name) {
  if (name == "IndentationError") return SyntaxError::Type::IndentationError;
  if (name == "TabError") return SyntaxError::Type::TabError;
  EXPECT_EQ(name, "SyntaxError");
  return SyntaxError::Type::SyntaxError;
}

TEST(PrintSyntaxError, MatchesPython3) {
  std::vector<std::string> lines = testing::python_lines(kScript);
  ASSERT_GE(lines.size(), 40u);
  for (const std::string& line : lines) {
    std::vector<std::string> f = fields(line);
    ASSERT_EQ(f.size(), 10u) << line;
    SCOPED_TRACE(f[0]);
    SyntaxError error;
    error.type = type_named(f[1]);
    error.message = unhex(f[2]);
    error.lineno = std::stoi(f[3]);
    error.col = std::stoi(f[4]);
    error.end_lineno = std::stoi(f[5]);
    error.end_col = std::stoi(f[6]);
    std::ostringstream out;
    print_syntax_error(out, error, Source(unhex(f[7]), unhex(f[8])));
    EXPECT_EQ(out.str(), unhex(f[9]));
  }
}

}  // namespace
}  // namespace ingot
