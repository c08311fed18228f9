// Replacement templates (`\1`, `\g<name>`, `\n` in re.sub's repl and
// Match.expand), parsed as re/_parser.py's parse_template parses them, and
// re.escape. They are native, not Python, so that their results keep the
// type of their argument (str or bytes) for the type analysis, which does
// not narrow on isinstance (docs/types.md).
#include <optional>

#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_unbox.h"
#include "runtime/exception.h"
#include "runtime/re_module.h"
#include "unicode/unicode.h"

namespace ingot::rt::re {
namespace {

struct Failure {
  std::string message;
  int64_t position;  // -2: IndexError (an unknown group name)
};

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_octal(char32_t c) { return c >= '0' && c <= '7'; }

// The template's code points (bytes as latin-1, as CPython decodes them).
std::vector<char32_t> code_points(std::string_view text, bool is_text) {
  std::vector<char32_t> out;
  if (is_text) {
    for (size_t at = 0; at < text.size();) out.push_back(unicode::next_utf8(text, at));
  } else {
    for (char c : text) out.push_back(static_cast<unsigned char>(c));
  }
  return out;
}

void append(std::string& out, char32_t c, bool is_text) {
  if (is_text) unicode::append_utf8(out, c);
  else out += static_cast<char>(c);
}

std::string utf8(const std::vector<char32_t>& s, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) unicode::append_utf8(out, s[i]);
  return out;
}

struct Parsed {
  std::vector<std::string> parts{std::string()};  // literal text around each reference
  std::vector<int64_t> refs;
};

Parsed parse(const std::vector<char32_t>& s, bool is_text, int64_t groups, Dict<Str, Int> index) {
  Parsed p;
  auto reference = [&](int64_t group, int64_t position) {
    if (group > groups) throw Failure{"invalid group reference " + std::to_string(group), position};
    p.refs.push_back(group);
    p.parts.emplace_back();
  };
  size_t at = 0;
  while (at < s.size()) {
    char32_t c = s[at++];
    if (c != '\\') {
      append(p.parts.back(), c, is_text);
      continue;
    }
    size_t start = at - 1;
    if (at >= s.size()) throw Failure{"bad escape (end of pattern)", static_cast<int64_t>(s.size()) - 1};
    c = s[at++];
    if (c == 'g') {
      if (at >= s.size() || s[at] != '<') throw Failure{"missing <", static_cast<int64_t>(at)};
      size_t from = ++at;
      while (at < s.size() && s[at] != '>') ++at;
      if (at >= s.size()) {
        if (at == from) throw Failure{"missing group name", static_cast<int64_t>(at)};
        throw Failure{"missing >, unterminated name", static_cast<int64_t>(from)};
      }
      if (at == from) throw Failure{"missing group name", static_cast<int64_t>(at)};
      std::string name = utf8(s, from, at);
      ++at;
      bool identifier = unicode::is_id_start(s[from]) || s[from] == '_';
      for (size_t i = from + 1; i < at - 1; ++i) identifier = identifier && unicode::is_id_continue(s[i]);
      if (identifier) {
        Int* group = index.find(Str::from_utf8(name, count_code_points(name)));
        if (!group) throw Failure{"unknown group name '" + name + "'", -2};
        reference(group->to_int64().value_or(0), static_cast<int64_t>(from));
        continue;
      }
      bool number = true;
      for (size_t i = from; i < at - 1; ++i) number = number && is_digit(s[i]);
      if (!number || name.size() > 18)
        throw Failure{"bad character in group name '" + name + "'", static_cast<int64_t>(from)};
      reference(std::stoll(name), static_cast<int64_t>(from));
    } else if (c == '0') {
      uint32_t value = 0;
      for (int i = 0; i < 2 && at < s.size() && is_octal(s[at]); ++i) value = value * 8 + (s[at++] - '0');
      append(p.parts.back(), value, is_text);
    } else if (is_digit(c)) {
      std::string digits(1, static_cast<char>(c));
      if (at < s.size() && is_digit(s[at])) {
        digits += static_cast<char>(s[at++]);
        if (is_octal(digits[0]) && is_octal(digits[1]) && at < s.size() && is_octal(s[at])) {
          digits += static_cast<char>(s[at++]);
          uint32_t value = static_cast<uint32_t>(std::stoul(digits, nullptr, 8));
          if (value > 0377)
            throw Failure{"octal escape value \\" + digits + " outside of range 0-0o377", static_cast<int64_t>(start)};
          append(p.parts.back(), value, is_text);
          continue;
        }
      }
      reference(std::stoll(digits), static_cast<int64_t>(start) + 1);
    } else {
      static constexpr std::pair<char32_t, char32_t> kEscapes[] = {{'a', 7},  {'b', 8},  {'f', 12},   {'n', 10},
                                                                   {'r', 13}, {'t', 9},  {'v', 11}, {'\\', '\\'}};
      std::optional<char32_t> known;
      for (auto [letter, value] : kEscapes)
        if (c == letter) known = value;
      if (known) {
        append(p.parts.back(), *known, is_text);
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        throw Failure{"bad escape \\" + utf8(s, at - 1, at), static_cast<int64_t>(start)};
      } else {
        append(p.parts.back(), '\\', is_text);
        append(p.parts.back(), c, is_text);
      }
    }
  }
  return p;
}

Str make(std::string_view text, Str) { return Str::from_utf8(text, count_code_points(text)); }
Bytes make(std::string_view text, Bytes) { return Bytes::from(text); }

template <typename T>
Tuple<List<T>, List<Int>, Str, Int> parse_template(Int code, T repl, bool is_text) {
  List<T> parts;
  List<Int> refs;
  try {
    Parsed p = parse(code_points(repl.view(), is_text), is_text, groups(code).to_int64().value_or(0),
                     groupindex(code));
    for (const std::string& part : p.parts) parts.append(make(part, repl));
    for (int64_t ref : p.refs) refs.append(Int(ref));
    return {parts, refs, Str::from_ascii(""), Int(-1)};
  } catch (const Failure& f) {
    return {parts, refs, Str::from_utf8(f.message, count_code_points(f.message)), Int(f.position)};
  }
}

// re.escape: the special characters and ASCII whitespace behind a
// backslash, as 3.7+'s _special_chars_map has them.
std::string escaped(std::string_view text) {
  static const std::string_view kSpecial = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
  std::string out;
  for (char c : text) {
    if (kSpecial.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// error's lineno and colno of `pos`, and whether the text has lines.
Tuple<Int, Int, bool> line_column(std::string_view text, bool is_text, Int pos) {
  int64_t at = pos.to_int64().value_or(0), line = 1, line_start = 0;
  std::vector<char32_t> points = code_points(text, is_text);
  bool lines = false;
  for (int64_t i = 0; i < static_cast<int64_t>(points.size()); ++i) {
    if (points[static_cast<size_t>(i)] != '\n') continue;
    lines = true;
    if (i < at) {
      ++line;
      line_start = i + 1;
    }
  }
  return {Int(line), Int(at - line_start + 1), lines};
}

}  // namespace

Tuple<List<Str>, List<Int>, Str, Int> parse_template(Int code, Str repl) { return parse_template(code, repl, true); }
Tuple<List<Bytes>, List<Int>, Str, Int> parse_template(Int code, Bytes repl) {
  return parse_template(code, repl, false);
}

Tuple<Int, Int, bool> line_column(Str text, Int pos) { return line_column(text.view(), true, pos); }
Tuple<Int, Int, bool> line_column(Bytes text, Int pos) { return line_column(text.view(), false, pos); }
Tuple<Int, Int, bool> line_column(Value text, Int pos) {
  if (is_a(text, str_type)) return line_column(unbox<Str>(text), pos);
  return line_column(unbox<Bytes>(text), pos);
}

Str escape(Str pattern) {
  std::string out = escaped(pattern.view());
  return Str::from_utf8(out, pattern.length() + static_cast<int64_t>(out.size() - pattern.view().size()));
}
Bytes escape(Bytes pattern) { return Bytes::from(escaped(pattern.view())); }

namespace {

// f(str or bytes) boxed, for a text boxed; CPython's TypeError otherwise.
template <class F>
Value on_text(Value text, F f) {
  if (is_a(text, str_type)) return box(f(unbox<Str>(text)));
  if (is_a(text, bytes_type)) return box(f(unbox<Bytes>(text)));
  raise(exc::TypeError, "expected str or bytes, not " + std::string(type_name(text)));
}

}  // namespace

Value parse_template(Int code, Value repl) {
  return on_text(repl, [&](auto text) { return parse_template(code, text); });
}
Value escape(Value pattern) {
  return on_text(pattern, [](auto text) { return escape(text); });
}

}  // namespace ingot::rt::re
