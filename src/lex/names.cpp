// Names, keywords, and the string prefixes that start like names.
//
// Like CPython, any run of ASCII letters, digits, '_' and non-ASCII bytes is
// a name candidate; only one with non-ASCII bytes needs checking against
// Unicode's identifier classes (PEP 3131), which reports the first character
// that fails. Keywords are matched on the raw spelling, so a name that NFKC
// turns into a keyword stays a name, as in CPython.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>

#include "lex/char_class.h"
#include "lex/lexer.h"
#include "unicode/unicode.h"

namespace ingot::lex {
namespace {

struct KeywordSpelling {
  std::string_view text;
  Keyword keyword;
};

constexpr KeywordSpelling kKeywords[] = {
#define X(word) {#word, Keyword::kw_##word},
    INGOT_KEYWORDS(X)
#undef X
};
static_assert(std::ranges::is_sorted(kKeywords, {}, &KeywordSpelling::text), "INGOT_KEYWORDS must stay sorted");

// The keywords by first letter: kKeywords is sorted, so each letter's are
// contiguous, [begin, end).
struct Range {
  uint8_t begin = 0, end = 0;
};

constexpr std::array<Range, 128> kByFirstLetter = [] {
  std::array<Range, 128> ranges{};
  for (uint8_t i = 0; i < std::size(kKeywords); ++i) {
    Range& r = ranges[static_cast<unsigned char>(kKeywords[i].text[0])];
    if (r.begin == r.end) r.begin = i;
    r.end = i + 1;
  }
  return ranges;
}();

Keyword keyword_of(std::string_view name) {
  if (name.size() < 2 || name.size() > 8) return Keyword::none;
  Range r = kByFirstLetter[static_cast<unsigned char>(name[0]) & 0x7F];
  for (uint8_t i = r.begin; i < r.end; ++i)
    if (kKeywords[i].text == name) return kKeywords[i].keyword;
  return Keyword::none;
}

bool is_prefix_letter(int c, char lower) { return c == lower || c == lower - 'a' + 'A'; }

}  // namespace

void Lexer::name_or_string(int c, size_t start) {
  // The legal prefixes: b, r, u, f and rb, br, fr, rf in any case.
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (;;) {
    if (!(saw_b || saw_u || saw_f) && is_prefix_letter(c, 'b')) {
      saw_b = true;
    } else if (!(saw_b || saw_u || saw_r || saw_f) && is_prefix_letter(c, 'u')) {
      saw_u = true;
    } else if (!(saw_r || saw_u) && is_prefix_letter(c, 'r')) {
      saw_r = true;
    } else if (!(saw_f || saw_b || saw_u) && is_prefix_letter(c, 'f')) {
      saw_f = true;
    } else {
      break;
    }
    c = next();
    if (c == '"' || c == '\'') return string(c, start);
  }
  backup(c);
  // In locals: stores through char pointers could alias the members.
  const unsigned char* data = reinterpret_cast<const unsigned char*>(text_.data());
  size_t at = pos_, stop = line_end_;
  unsigned char any = 0;
  for (; at < stop && is_name_char(data[at]); ++at) any |= data[at];
  pos_ = at;
  bool non_ascii = any >= 0x80;
  if (non_ascii) verify_identifier(start);
  push(TokenKind::Name, start, pos_);
  Token& name = tokens_.back();
  name.non_ascii = non_ascii;
  if (!non_ascii) name.keyword = keyword_of(name.text);
}

void Lexer::verify_identifier(size_t start) {
  std::string_view name = text_.substr(start, pos_ - start);
  size_t at = 0;
  for (bool first = true; at < name.size(); first = false) {
    size_t char_start = at;
    char32_t c = unicode::next_utf8(name, at);
    if (first ? unicode::is_id_start(c) : unicode::is_id_continue(c)) continue;
    // The cursor moves to just after the offending character.
    pos_ = start + at;
    char message[96];
    if (unicode::is_printable(c)) {
      std::string_view spelling = name.substr(char_start, at - char_start);
      std::snprintf(message, sizeof message, "invalid character '%.*s' (U+%04X)", static_cast<int>(spelling.size()),
                    spelling.data(), static_cast<unsigned>(c));
    } else {
      std::snprintf(message, sizeof message, "invalid non-printable character U+%04X", static_cast<unsigned>(c));
    }
    raise(message);
  }
}

}  // namespace ingot::lex
