// Python's regular expression syntax, parsed as re/_parser.py parses it (so
// that invalid patterns raise its messages at its positions) and written
// out in PCRE2's syntax. Where the two agree the construct is copied; what
// differs is rewritten:
// - every literal character is written `\x{H}` unless it is a letter or
//   digit, so nothing Python reads literally means something to PCRE2
//   (`[[:alpha:]]` is a set of characters to Python, `\v` a character);
// - `\Z` is PCRE2's `\z`; `\uXXXX`, `\UXXXXXXXX`, `\N{name}`, `\xHH` and
//   octal escapes become `\x{H}`; group references `\g{N}`;
// - `{,n}` is `{0,n}`, `{}` and the braces that are no repeat literal;
// - VERBOSE whitespace and comments are dropped here rather than left to
//   PCRE2_EXTENDED, whose whitespace and escapes differ;
// - leading global flag groups `(?aimsx)` become compile flags.
#include "runtime/re_syntax.h"

#include <algorithm>
#include <optional>

#include "unicode/unicode.h"

namespace ingot::rt::re {
namespace {

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_octal(char32_t c) { return c >= '0' && c <= '7'; }
bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
int hex_value(char32_t c) {
  if (is_digit(c)) return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

std::string hex(uint32_t value) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  do {
    out.insert(out.begin(), kDigits[value & 15]);
    value >>= 4;
  } while (value);
  return out;
}

// Thrown by the parser; translate() turns it into the Translation's error.
struct Failure {
  std::string message;
  int64_t position;
};

// What the last item of a sequence was, for the checks on repeats.
enum class Item { None, Anchor, Repeat, Other };

class Parser {
 public:
  Parser(std::string_view pattern, bool text, int64_t flags) : text_(text), flags_(flags) {
    if (text) {
      for (size_t at = 0; at < pattern.size();) source_.push_back(unicode::next_utf8(pattern, at));
    } else {
      for (char c : pattern) source_.push_back(static_cast<unsigned char>(c));
    }
  }

  Translation run() {
    Translation t;
    t.parents.push_back(0);
    parents_ = &t.parents;
    try {
      alternation(flags_ & kVerbose, 0);
      if (at_ < source_.size()) throw Failure{"unbalanced parenthesis", static_cast<int64_t>(at_)};
      // A condition may name a group defined after it.
      for (auto [group, position] : forward_references_)
        if (group > groups_) throw Failure{"invalid group reference " + std::to_string(group), position};
    } catch (const Failure& f) {
      t.error = f.message;
      t.position = f.position;
    }
    t.pcre = std::move(out_);
    t.flags = flags_;
    t.groups = groups_;
    return t;
  }

 private:
  std::optional<char32_t> peek(size_t ahead = 0) const {
    return at_ + ahead < source_.size() ? std::optional<char32_t>(source_[at_ + ahead]) : std::nullopt;
  }
  bool next_is(char32_t c) const { return at_ < source_.size() && source_[at_] == c; }
  int64_t pos() const { return static_cast<int64_t>(at_); }
  // The source text [from, to) as CPython quotes it in messages.
  std::string quote(size_t from, size_t to) const {
    std::string s;
    for (size_t i = from; i < to && i < source_.size(); ++i) {
      if (text_ || source_[i] < 0x80) unicode::append_utf8(s, source_[i]);
      else s += "\\x" + (source_[i] < 16 ? "0" + hex(source_[i]) : hex(source_[i]));
    }
    return s;
  }

  void literal(char32_t c) {
    if (c < 0x80 && (is_ascii_letter(c) || is_digit(c))) out_ += static_cast<char>(c);
    else out_ += "\\x{" + hex(c) + "}";
  }

  // VERBOSE: whitespace and `#` comments between items mean nothing.
  void skip_verbose(bool verbose) {
    while (verbose && at_ < source_.size()) {
      char32_t c = source_[at_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
        ++at_;
      } else if (c == '#') {
        while (at_ < source_.size() && source_[at_] != '\n') ++at_;
      } else {
        break;
      }
    }
  }

  void alternation(bool verbose, int depth) {
    bool first = depth == 0;
    for (;;) {
      sequence(verbose, depth, first);
      if (!next_is('|')) return;
      ++at_;
      out_ += '|';
      first = false;
    }
  }

  void sequence(bool& verbose, int depth, bool first) {
    Item last = Item::None;
    bool any = false;  // an item was parsed (global flags must come first)
    for (;;) {
      skip_verbose(verbose);
      if (at_ >= source_.size() || next_is('|') || next_is(')')) return;
      size_t start = at_;
      char32_t c = source_[at_++];
      if (c == '(') {
        std::optional<Item> item = group(start, verbose, depth, first && !any);
        if (!item) continue;  // a comment or global flags: no item
        last = *item;
      } else if (c == '[') {
        character_set(start);
        last = Item::Other;
      } else if (c == '.') {
        out_ += '.';
        last = Item::Other;
      } else if (c == '^' || c == '$') {
        out_ += static_cast<char>(c);
        last = Item::Anchor;
      } else if (c == '\\') {
        last = escape(start);
      } else if (c == '*' || c == '+' || c == '?' || c == '{') {
        std::string repeat = c == '{' ? braces(start) : std::string(1, static_cast<char>(c));
        if (repeat.empty()) {  // a literal brace
          literal(c);
          last = Item::Other;
        } else {
          int64_t here = static_cast<int64_t>(start);
          if (last == Item::None || last == Item::Anchor) throw Failure{"nothing to repeat", here};
          if (last == Item::Repeat) throw Failure{"multiple repeat", here};
          out_ += repeat;
          if (next_is('?') || next_is('+')) out_ += static_cast<char>(source_[at_++]);
          last = Item::Repeat;
        }
      } else {
        literal(c);
        last = Item::Other;
      }
      any = true;
    }
  }

  // `{m,n}` after its brace at `start`: PCRE2's text of the repeat, or ""
  // (with the position back after the brace) where it is no repeat.
  std::string braces(size_t start) {
    size_t here = at_;
    if (next_is('}')) return "";
    std::string lo, hi;
    while (peek() && is_digit(*peek())) lo += static_cast<char>(source_[at_++]);
    bool comma = next_is(',');
    if (comma) {
      ++at_;
      while (peek() && is_digit(*peek())) hi += static_cast<char>(source_[at_++]);
    } else {
      hi = lo;
    }
    if (!next_is('}')) {
      at_ = here;
      return "";
    }
    ++at_;
    constexpr uint64_t kMaxRepeat = 4294967295;
    auto number = [&](const std::string& digits) -> uint64_t {
      if (digits.size() > 10 || std::stoull(digits) >= kMaxRepeat)
        throw Failure{"the repetition number is too large", static_cast<int64_t>(start)};
      return std::stoull(digits);
    };
    uint64_t min = lo.empty() ? 0 : number(lo);
    std::optional<uint64_t> max;
    if (!hi.empty()) max = number(hi);
    if (max && *max < min) throw Failure{"min repeat greater than max repeat", static_cast<int64_t>(here)};
    return "{" + std::to_string(min) + (max == min && !comma ? "" : "," + (max ? std::to_string(*max) : "")) + "}";
  }

  // A group, after its `(` at `start`; nullopt for what makes no item.
  std::optional<Item> group(size_t start, bool& verbose, int depth, bool at_start) {
    std::string open = "(";
    std::optional<std::string> name;
    bool capture = true;
    bool sub_verbose = verbose;
    if (next_is('?')) {
      ++at_;
      if (!peek()) throw Failure{"unexpected end of pattern", pos()};
      char32_t c = source_[at_++];
      if (c == 'P') {
        if (next_is('<')) {
          ++at_;
          name = group_name('>');
          open = "(?P<" + *name + ">";
        } else if (next_is('=')) {
          ++at_;
          size_t name_at = at_;
          std::string ref = group_name(')');
          auto it = std::find(names_.begin(), names_.end(), ref);
          if (it == names_.end())
            throw Failure{"unknown group name '" + ref + "'", static_cast<int64_t>(name_at)};
          check_closed(static_cast<int64_t>(it - names_.begin()) + 1, static_cast<int64_t>(name_at));
          out_ += "(?P=" + ref + ")";
          return Item::Other;
        } else {
          if (!peek()) throw Failure{"unexpected end of pattern", pos()};
          throw Failure{"unknown extension ?P" + quote(at_, at_ + 1), static_cast<int64_t>(start) + 1};
        }
      } else if (c == ':') {
        capture = false;
        open = "(?:";
      } else if (c == '#') {
        for (;;) {
          if (at_ >= source_.size()) throw Failure{"missing ), unterminated comment", static_cast<int64_t>(start)};
          if (source_[at_++] == ')') return std::nullopt;
        }
      } else if (c == '=' || c == '!') {
        capture = false;
        open = c == '=' ? "(?=" : "(?!";
      } else if (c == '<') {
        if (!peek()) throw Failure{"unexpected end of pattern", pos()};
        char32_t d = source_[at_++];
        if (d != '=' && d != '!')
          throw Failure{"unknown extension ?<" + quote(at_ - 1, at_), static_cast<int64_t>(start) + 1};
        capture = false;
        open = d == '=' ? "(?<=" : "(?<!";
      } else if (c == '>') {
        capture = false;
        open = "(?>";
      } else if (c == '(') {
        return conditional(start, verbose, depth);
      } else if (c == '-' || c == 'a' || c == 'i' || c == 'L' || c == 'm' || c == 's' || c == 'u' || c == 'x') {
        --at_;
        std::optional<std::string> scoped = inline_flags(start, at_start, verbose, sub_verbose);
        if (!scoped) return std::nullopt;
        capture = false;
        open = *scoped;
      } else {
        throw Failure{"unknown extension ?" + quote(at_ - 1, at_), static_cast<int64_t>(start) + 1};
      }
    }
    int64_t group = 0;
    if (capture) {
      group = ++groups_;
      names_.push_back(name.value_or(""));
      parents_->push_back(open_.empty() ? 0 : open_.back());
      open_.push_back(group);
    }
    out_ += open;
    alternation(sub_verbose, depth + 1);
    if (!next_is(')')) throw Failure{"missing ), unterminated subpattern", static_cast<int64_t>(start)};
    ++at_;
    out_ += ')';
    if (capture) open_.pop_back();
    return Item::Other;
  }

  // A group name up to `end`, checked as CPython's checkgroupname does.
  std::string group_name(char32_t end) {
    size_t from = at_;
    while (at_ < source_.size() && source_[at_] != end) ++at_;
    if (at_ >= source_.size())
      throw Failure{std::string("missing ") + static_cast<char>(end) + ", unterminated name", static_cast<int64_t>(from)};
    if (at_ == from) throw Failure{"missing group name", static_cast<int64_t>(from)};
    std::string name = quote(from, at_);
    bool valid = unicode::is_id_start(source_[from]) || source_[from] == '_';
    for (size_t i = from + 1; i < at_; ++i) valid = valid && unicode::is_id_continue(source_[i]);
    if (!valid) throw Failure{"bad character in group name '" + name + "'", static_cast<int64_t>(from)};
    ++at_;
    if (end == '>') {
      auto it = std::find(names_.begin(), names_.end(), name);
      if (it != names_.end())
        throw Failure{"redefinition of group name '" + name + "' as group " + std::to_string(groups_ + 1) +
                          "; was group " + std::to_string(it - names_.begin() + 1),
                      static_cast<int64_t>(from)};
    }
    return name;
  }

  void check_closed(int64_t group, int64_t position) {
    if (std::find(open_.begin(), open_.end(), group) != open_.end())
      throw Failure{"cannot refer to an open group", position};
  }

  // `(?(1)yes|no)` or `(?(name)yes|no)`, after its `(?(`.
  Item conditional(size_t start, bool verbose, int depth) {
    size_t from = at_;
    while (at_ < source_.size() && source_[at_] != ')') ++at_;
    if (at_ >= source_.size()) throw Failure{"missing ), unterminated name", static_cast<int64_t>(from)};
    std::string name = quote(from, at_);
    ++at_;
    bool number = !name.empty();
    for (char ch : name) number = number && ch >= '0' && ch <= '9';
    if (number) {
      if (std::stoll(name.substr(0, 9)) == 0 || name.size() > 9)
        throw Failure{"bad group number", static_cast<int64_t>(from)};
      forward_references_.emplace_back(std::stoll(name), static_cast<int64_t>(from));
    } else if (std::find(names_.begin(), names_.end(), name) == names_.end()) {
      throw Failure{"unknown group name '" + name + "'", static_cast<int64_t>(from)};
    }
    out_ += "(?(" + (number ? name : "<" + name + ">") + ")";
    alternation(verbose, depth + 1);
    if (!next_is(')')) throw Failure{"missing ), unterminated subpattern", static_cast<int64_t>(start)};
    ++at_;
    out_ += ')';
    return Item::Other;
  }

  // `(?aiLmsux)` (global: nullopt, the flags added to the pattern's) or
  // `(?imsx-imsx:` (PCRE2's opening of the scoped group).
  std::optional<std::string> inline_flags(size_t start, bool at_start, bool& verbose, bool& sub_verbose) {
    auto flag = [&](char32_t c) -> int64_t {
      switch (c) {
        case 'a': return kAscii;
        case 'i': return kIgnoreCase;
        case 'L': return kLocale;
        case 'm': return kMultiline;
        case 's': return kDotAll;
        case 'u': return kUnicode;
        case 'x': return kVerbose;
        default: return 0;
      }
    };
    int64_t add = 0, remove = 0;
    std::string on, off;
    while (peek() && flag(*peek())) {
      char32_t c = source_[at_++];
      if (text_ && c == 'L') throw Failure{"bad inline flags: cannot use 'L' flag with a str pattern", pos()};
      if (!text_ && c == 'u') throw Failure{"bad inline flags: cannot use 'u' flag with a bytes pattern", pos()};
      add |= flag(c);
      if (c != 'a' && c != 'u' && c != 'L') on += static_cast<char>(c);
    }
    if (!peek()) throw Failure{"missing -, : or )", pos()};
    if (next_is(')')) {
      ++at_;
      if (!at_start) throw Failure{"global flags not at the start of the expression", static_cast<int64_t>(start)};
      flags_ |= add;
      if (add & kVerbose) verbose = true;
      return std::nullopt;
    }
    if (next_is('-')) {
      ++at_;
      while (peek() && flag(*peek())) {
        char32_t c = source_[at_++];
        if (c == 'a' || c == 'u' || c == 'L')
          throw Failure{"bad inline flags: cannot turn off flags 'a', 'u' and 'L'", pos()};
        remove |= flag(c);
        off += static_cast<char>(c);
      }
      if (off.empty()) throw Failure{"missing flag", pos()};
    }
    if (!next_is(':')) throw Failure{peek() && *peek() != ')' && !is_ascii_letter(*peek()) ? "missing -, : or )" : "missing :", pos()};
    ++at_;
    if (add & remove) throw Failure{"bad inline flags: flag turned on and off", pos() - 1};
    if (add & (kAscii | kLocale | kUnicode))
      throw Failure{"inline flags 'a', 'u' and 'L' in a group are not supported by ingot yet", static_cast<int64_t>(start)};
    sub_verbose = ((verbose || (add & kVerbose)) && !(remove & kVerbose));
    // VERBOSE is applied here; PCRE2 sees only i, m and s.
    auto strip_x = [](std::string s) {
      s.erase(std::remove(s.begin(), s.end(), 'x'), s.end());
      return s;
    };
    std::string inner = strip_x(on) + (strip_x(off).empty() ? "" : "-" + strip_x(off));
    return "(?" + inner + ":";
  }

  // An escape outside a set, after its backslash at `start`.
  Item escape(size_t start) {
    if (at_ >= source_.size()) throw Failure{"bad escape (end of pattern)", static_cast<int64_t>(source_.size()) - 1};
    char32_t c = source_[at_++];
    switch (c) {
      case 'A': out_ += "\\A"; return Item::Anchor;
      case 'Z': out_ += "\\z"; return Item::Anchor;
      case 'b': out_ += "\\b"; return Item::Anchor;
      case 'B': out_ += "\\B"; return Item::Anchor;
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        out_ += '\\';
        out_ += static_cast<char>(c);
        return Item::Other;
      default: break;
    }
    if (is_digit(c) && c != '0') return group_reference(start);
    literal(character_escape(start, c));
    return Item::Other;
  }

  // `\1` .. `\99`, or a three-digit octal escape, from `start`.
  Item group_reference(size_t start) {
    std::string digits(1, static_cast<char>(source_[at_ - 1]));
    if (peek() && is_digit(*peek())) {
      digits += static_cast<char>(source_[at_++]);
      if (is_octal(digits[0]) && is_octal(digits[1]) && peek() && is_octal(*peek())) {
        digits += static_cast<char>(source_[at_++]);
        literal(octal(digits, start));
        return Item::Other;
      }
    }
    int64_t group = std::stoll(digits);
    if (group > groups_)
      throw Failure{"invalid group reference " + std::to_string(group), static_cast<int64_t>(start) + 1};
    check_closed(group, static_cast<int64_t>(start));
    out_ += "\\g{" + digits + "}";
    return Item::Other;
  }

  char32_t octal(const std::string& digits, size_t start) {
    char32_t value = static_cast<char32_t>(std::stoul(digits, nullptr, 8));
    if (value > 0377)
      throw Failure{"octal escape value \\" + digits + " outside of range 0-0o377", static_cast<int64_t>(start)};
    return value;
  }

  // The character an escape that stands for one names (in a set too),
  // after its backslash at `start` and its letter `c`.
  char32_t character_escape(size_t start, char32_t c) {
    auto bad = [&]() { return Failure{"bad escape " + quote(start, at_), static_cast<int64_t>(start)}; };
    auto hex_digits = [&](size_t count) -> char32_t {
      uint32_t value = 0;
      for (size_t i = 0; i < count; ++i) {
        int digit = peek() ? hex_value(*peek()) : -1;
        if (digit < 0) throw Failure{"incomplete escape " + quote(start, at_), static_cast<int64_t>(start)};
        value = value * 16 + static_cast<uint32_t>(digit);
        ++at_;
      }
      return value;
    };
    switch (c) {
      case 'a': return 7;
      case 'b': return 8;
      case 'f': return 12;
      case 'n': return 10;
      case 'r': return 13;
      case 't': return 9;
      case 'v': return 11;
      case 'x': return hex_digits(2);
      case '0': {
        std::string digits = "0";
        for (int i = 0; i < 2 && peek() && is_octal(*peek()); ++i) digits += static_cast<char>(source_[at_++]);
        return octal(digits, start);
      }
      default: break;
    }
    if (text_ && c == 'u') return hex_digits(4);
    if (text_ && c == 'U') {
      char32_t value = hex_digits(8);
      if (value > unicode::kMaxCodePoint) throw bad();
      return value;
    }
    if (text_ && c == 'N') {
      if (!next_is('{')) throw Failure{"missing {", pos()};
      size_t from = ++at_;
      while (at_ < source_.size() && source_[at_] != '}') ++at_;
      if (at_ >= source_.size()) throw Failure{"missing }, unterminated name", static_cast<int64_t>(from)};
      if (at_ == from) throw Failure{"missing character name", static_cast<int64_t>(from)};
      std::string name = quote(from, at_);
      ++at_;
      std::optional<char32_t> found = unicode::lookup(name);
      if (!found) throw Failure{"undefined character name '" + name + "'", static_cast<int64_t>(start)};
      return *found;
    }
    if (c < 0x80 && (is_ascii_letter(c) || is_digit(c))) throw bad();
    return c;
  }

  // A set, after its `[` at `start`.
  void character_set(size_t start) {
    out_ += '[';
    if (next_is('^')) {
      ++at_;
      out_ += '^';
    }
    size_t first = at_;
    auto unterminated = [&]() { return Failure{"unterminated character set", static_cast<int64_t>(start)}; };
    for (;;) {
      if (at_ >= source_.size()) throw unterminated();
      size_t this_at = at_;
      char32_t c = source_[at_++];
      if (c == ']' && this_at != first) break;
      std::optional<char32_t> low = set_item(this_at, c);
      if (next_is('-')) {
        ++at_;
        if (at_ >= source_.size()) throw unterminated();
        size_t that_at = at_;
        char32_t d = source_[at_++];
        if (d == ']') {
          out_ += "\\x{2d}]";
          return;
        }
        std::string before = out_;
        std::optional<char32_t> high = set_item(that_at, d);
        if (!low || !high || *high < *low)
          throw Failure{"bad character range " + quote(this_at, that_at - 1) + "-" + quote(that_at, at_),
                        static_cast<int64_t>(this_at)};
        out_ = before + "-" + out_.substr(before.size());
      }
    }
    out_ += ']';
  }

  // One item of a set at `at` (`c` read): its character, or nullopt for a
  // class (\d, \w, ...).
  std::optional<char32_t> set_item(size_t at, char32_t c) {
    if (c != '\\') {
      literal(c);
      return c;
    }
    if (at_ >= source_.size()) throw Failure{"bad escape (end of pattern)", static_cast<int64_t>(source_.size()) - 1};
    char32_t e = source_[at_++];
    if (e == 'd' || e == 'D' || e == 's' || e == 'S' || e == 'w' || e == 'W') {
      out_ += '\\';
      out_ += static_cast<char>(e);
      return std::nullopt;
    }
    if (is_digit(e) && e != '0') {
      // In a set, digits are octal only: `\1` is chr(1), `\8` an error.
      std::string digits(1, static_cast<char>(e));
      if (!is_octal(e)) throw Failure{"bad escape " + quote(at, at_), static_cast<int64_t>(at)};
      for (int i = 0; i < 2 && peek() && is_octal(*peek()); ++i) digits += static_cast<char>(source_[at_++]);
      char32_t value = octal(digits, at);
      literal(value);
      return value;
    }
    char32_t value = character_escape(at, e);
    literal(value);
    return value;
  }

  std::vector<char32_t> source_;
  size_t at_ = 0;
  bool text_;
  int64_t flags_;
  std::string out_;
  int64_t groups_ = 0;
  std::vector<std::string> names_;  // per group from 1: its name, "" for none
  std::vector<int64_t> open_;       // the groups being parsed, innermost last
  std::vector<int64_t>* parents_ = nullptr;
  std::vector<std::pair<int64_t, int64_t>> forward_references_;  // conditions' group numbers and positions
};

}  // namespace

Translation translate(std::string_view pattern, bool text, int64_t flags) {
  return Parser(pattern, text, flags).run();
}

}  // namespace ingot::rt::re
