// decode_source(): CPython's reading of a file before tokenizing
// (Parser/tokenizer.c: check_bom, get_coding_spec, check_coding_spec).
//
// The cases, as CPython has them:
// - no BOM and no cookie: UTF-8, checked line by line by the tokenizer;
// - a BOM, or a cookie that get_normal_name() calls "utf-8": UTF-8 that
//   CPython reads unchecked, its bad bytes failing wherever a literal or name
//   holding them is decoded, or never in a comment. Here they fail at once,
//   with the message CPython's codec gives (a documented approximation: the
//   tokenizer's text must be UTF-8);
// - any other cookie: the rest of the file, from the cookie's line on, goes
//   through that codec, and any failure is "encoding problem: NAME".
// Newlines ("\r\n", "\r") become "\n" in every case, as CPython reads files
// with universal newlines.
#include "lex/decode.h"

#include <cstring>
#include <optional>

#include "lex/utf8_check.h"
#include "unicode/unicode.h"

namespace ingot {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_ascii_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// get_normal_name(): CPython's spelling of the encodings it handles itself,
// judged on the name's first 12 characters.
std::string normal_name(std::string_view name) {
  std::string head;
  for (char c : name.substr(0, 12)) head += c == '_' ? '-' : ascii_lower(c);
  std::string_view h = head;
  if (h == "utf-8" || h.starts_with("utf-8-")) return "utf-8";
  if (h == "latin-1" || h == "iso-8859-1" || h == "iso-latin-1" || h.starts_with("latin-1-") ||
      h.starts_with("iso-8859-1-") || h.starts_with("iso-latin-1-"))
    return "iso-8859-1";
  return std::string(name);
}

// get_coding_spec(): the encoding a comment-only line names with
// "coding[:=]", if any.
std::optional<std::string> coding_spec(std::string_view line) {
  size_t hash = line.find_first_not_of(" \t\f");
  if (hash == std::string_view::npos || line[hash] != '#') return std::nullopt;
  for (size_t at = line.find("coding", hash); at != std::string_view::npos; at = line.find("coding", at + 1)) {
    size_t t = at + 6;
    if (t >= line.size() || (line[t] != ':' && line[t] != '=')) continue;
    do ++t;
    while (t < line.size() && (line[t] == ' ' || line[t] == '\t'));
    size_t begin = t;
    while (t < line.size() && (is_ascii_alnum(line[t]) || line[t] == '-' || line[t] == '_' || line[t] == '.')) ++t;
    if (t > begin) return normal_name(line.substr(begin, t - begin));
  }
  return std::nullopt;
}

// A line holding nothing, or only a comment, lets the cookie be on line 2.
bool blank_or_comment(std::string_view line) {
  size_t first = line.find_first_not_of(" \t\f");
  return first == std::string_view::npos || line[first] == '#';
}

struct Cookie {
  std::string encoding;
  size_t line_begin;  // offset of the line that names it
};

// Lines end at "\n", "\r\n" or "\r" (universal newlines).
size_t line_end(std::string_view text, size_t begin) {
  size_t end = begin;
  while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
  return end;
}

size_t next_line(std::string_view text, size_t end) {
  if (end < text.size() && text[end] == '\r') ++end;
  if (end < text.size() && text[end] == '\n') ++end;
  return end;
}

std::optional<Cookie> find_cookie(std::string_view text) {
  size_t begin = 0;
  for (int lineno = 1; lineno <= 2 && begin < text.size(); ++lineno) {
    size_t end = line_end(text, begin);
    std::string_view line = text.substr(begin, end - begin);
    if (auto spec = coding_spec(line)) return Cookie{std::move(*spec), begin};
    if (!blank_or_comment(line)) break;
    begin = next_line(text, end);
  }
  return std::nullopt;
}

SyntaxError encoding_problem(std::string message) {
  SyntaxError e;
  e.message = "encoding problem: " + std::move(message);
  return e;
}

std::string translate_newlines(std::string text) {
  if (std::memchr(text.data(), '\r', text.size()) == nullptr) return text;
  size_t out = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      c = '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
    text[out++] = c;
  }
  text.resize(out);
  return text;
}

// Declared UTF-8 (see the note at the top): the first bad sequence from
// `from` on fails, located at its line and column.
std::optional<SyntaxError> check_declared_utf8(std::string_view text, size_t from) {
  std::string_view rest = text.substr(from);
  size_t bad = lex::first_invalid_utf8(rest, false);
  if (bad == rest.size()) return std::nullopt;
  size_t at = from + bad;
  SyntaxError e;
  size_t begin = 0;
  e.lineno = 1;
  for (size_t end = line_end(text, 0); end < at; end = line_end(text, begin)) {
    begin = next_line(text, end);
    ++e.lineno;
  }
  e.col = static_cast<int>(at - begin);
  e.end_lineno = e.lineno;
  e.message = "(unicode error) " + lex::utf8_codec_error(text, at, at - begin);
  return e;
}

// The utf_8 codec under a name get_normal_name() leaves alone ("utf8",
// "u8", ...): CPython decodes through it, so bad bytes are an encoding
// problem.
bool names_utf8_codec(std::string_view encoding) {
  std::string key;
  for (char c : encoding) key += c == '-' ? '_' : ascii_lower(c);
  for (std::string_view alias : {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"})
    if (key == alias) return true;
  return false;
}

std::variant<std::string, SyntaxError> decode_with_codec(std::string_view text, const Cookie& cookie) {
  std::string out(text.substr(0, cookie.line_begin));
  std::string_view rest = text.substr(cookie.line_begin);
  if (names_utf8_codec(cookie.encoding)) {
    if (lex::first_invalid_utf8(rest, false) != rest.size()) return encoding_problem(cookie.encoding);
    out += rest;
    return out;
  }
  const char32_t* table = unicode::single_byte_codec(cookie.encoding);
  if (!table) return encoding_problem(cookie.encoding);
  out.reserve(out.size() + rest.size());
  for (unsigned char byte : rest) {
    char32_t c = table[byte];
    if (c == unicode::kUndecodable) return encoding_problem(cookie.encoding);
    unicode::append_utf8(out, c);
  }
  return out;
}

}  // namespace

std::variant<std::string, SyntaxError> decode_source(std::string_view bytes) {
  bool bom = bytes.starts_with(kBom);
  if (bom) bytes.remove_prefix(kBom.size());
  std::optional<Cookie> cookie = find_cookie(bytes);
  if (bom && cookie && cookie->encoding != "utf-8") return encoding_problem(cookie->encoding + " with BOM");
  if (cookie && cookie->encoding != "utf-8") {
    auto decoded = decode_with_codec(bytes, *cookie);
    if (auto* text = std::get_if<std::string>(&decoded)) return translate_newlines(std::move(*text));
    return decoded;
  }
  if (bom || cookie) {
    if (auto error = check_declared_utf8(bytes, cookie ? cookie->line_begin : 0)) return *error;
  }
  return translate_newlines(std::string(bytes));
}

}  // namespace ingot
