// print_syntax_error(): what `python3 FILE` writes when FILE does not
// compile, byte for byte. CPython formats it from the exception's attributes
// (Python/pythonrun.c: print_exception, print_error_text), so this file first
// rebuilds those attributes from our byte columns, then formats them the way
// CPython does, quirks included: its offsets mix characters and bytes, and the
// caret is placed by counting characters but clipped by counting bytes.
#include <algorithm>
#include <cctype>
#include <ostream>
#include <string>
#include <string_view>

#include "diagnostics/syntax_error.h"

namespace ingot {
namespace {

// A SyntaxError's location as CPython's exception holds it: 1-based offsets
// (0 or less for none) and the quoted line, with its "\n" when the file had
// one there.
struct CPythonLocation {
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
  std::string text;
};

std::string_view type_name(SyntaxError::Type type) {
  switch (type) {
    case SyntaxError::Type::SyntaxError: return "SyntaxError";
    case SyntaxError::Type::IndentationError: return "IndentationError";
    case SyntaxError::Type::TabError: return "TabError";
  }
  return "SyntaxError";
}

bool is_line_end(char c) { return c == '\n' || c == '\r'; }

// Whether a comment line names an encoding: "coding", ':' or '=', a name.
bool names_encoding(std::string_view comment) {
  for (size_t at = comment.find("coding"); at != std::string_view::npos; at = comment.find("coding", at + 1)) {
    size_t sign = at + 6;
    if (sign >= comment.size() || (comment[sign] != ':' && comment[sign] != '=')) continue;
    size_t name = comment.find_first_not_of(" \t", sign + 1);
    if (name == std::string_view::npos) continue;
    char c = comment[name];
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') return true;
  }
  return false;
}

// Whether the file declares its encoding (PEP 263): in a comment on line 1,
// or on line 2 below a blank or comment line.
bool has_coding_cookie(const Source& source) {
  for (int lineno = 1; lineno <= std::min(2, source.line_count()); ++lineno) {
    std::string_view line = source.line(lineno);
    size_t start = line.find_first_not_of(" \t\f");
    if (start == std::string_view::npos) continue;
    if (line[start] != '#') return false;
    if (names_encoding(line.substr(start))) return true;
  }
  return false;
}

// CPython's 1-based offset for the 0-based byte column `col` of `text`. Its
// parser counts bytes, converting to characters only when the tokenizer was
// told the file's encoding. The conversion decodes the first col + 1 bytes
// of the line, so a character cut in two counts as one, and a column past
// the end reaches the C string's terminating NUL, which counts as one more.
int cpython_offset(std::string_view text, int col, bool in_characters) {
  if (col < 0) return 0;
  if (!in_characters) return col + 1;
  size_t decoded = std::min<size_t>(static_cast<size_t>(col) + 1, text.size() + 1);
  int characters = 0;
  for (size_t i = 0; i < decoded; ++i) characters += i == text.size() || (text[i] & 0xC0) != 0x80;
  return characters;
}

CPythonLocation cpython_location(const SyntaxError& error, const Source& source) {
  CPythonLocation where;
  where.lineno = error.lineno;
  where.end_lineno = error.end_lineno == 0 ? error.lineno : error.end_lineno;
  where.text = source.line(error.lineno);
  bool last_line = error.lineno >= source.line_count();
  if (!last_line || (!source.text().empty() && is_line_end(source.text().back()))) where.text += '\n';
  // CPython also counts characters in files starting with a UTF-8 BOM;
  // Source does not record that yet, so such errors are placed by bytes.
  bool in_characters = error.in_characters || has_coding_cookie(source);
  where.offset = cpython_offset(where.text, error.col, in_characters);
  where.end_offset = cpython_offset(where.text, error.end_col, in_characters);
  return where;
}

// The quoted line and its caret line, as print_exception and print_error_text
// compute them.
void print_quoted_line(std::ostream& out, const CPythonLocation& where) {
  // An error spanning lines is underlined to the end of its first line; the
  // underline never runs more than one past the end of the line. Lengths
  // here are in bytes, offsets perhaps in characters: CPython mixes them.
  int line_size = static_cast<int>(where.text.size());
  int end_offset = where.end_lineno > where.lineno ? line_size : where.end_offset;
  end_offset = std::min(end_offset, line_size + 1);
  int carets = end_offset > 0 && end_offset > where.offset ? end_offset - where.offset : 1;

  // The line is a C string from here on: a NUL ends it.
  std::string_view text = where.text;
  text = text.substr(0, text.find('\0'));
  int column = where.offset - 1;
  while (!text.empty() && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f')) {
    text.remove_prefix(1);
    --column;
  }
  bool has_newline = !text.empty() && text.back() == '\n';
  column = std::min(column, static_cast<int>(text.size()) - has_newline);

  out << "    " << text;
  if (!has_newline) out << '\n';
  // No caret when the offset points into the stripped indentation, or when
  // there is no offset.
  if (column < 0) return;
  out << "    " << std::string(column, ' ') << std::string(carets, '^') << '\n';
}

}  // namespace

void print_syntax_error(std::ostream& out, const SyntaxError& error, const Source& source) {
  // Without a line number CPython prints no location at all (as for an
  // undecodable file).
  if (error.lineno > 0) {
    out << "  File \"" << source.filename() << "\", line " << error.lineno << '\n';
    print_quoted_line(out, cpython_location(error, source));
  }
  out << type_name(error.type) << ": " << error.message << '\n';
}

}  // namespace ingot
