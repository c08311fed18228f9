// str.format, after CPython's Objects/stringlib/unicode_format.h: the
// literal/field scanner (MarkupIterator_next, parse_field), field names
// (field_name_split with its auto-numbering state) and render_field.
#include "runtime/str_format.h"

#include <string>
#include <vector>

#include "runtime/bool.h"
#include "runtime/dict.h"
#include "runtime/dynamic_access.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/sequence.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "unicode/unicode.h"

namespace ingot::rt {
namespace {

enum class Numbering { unknown, automatic, manual };

struct Formatter {
  std::span<const Value> args;
  std::span<const KeywordArg> kwargs;
  const Value* mapping = nullptr;  // format_map's, instead of args and kwargs
  Numbering numbering = Numbering::unknown;
  int64_t next_auto = 0;

  // build_string: recursion_depth starts at 2, so a spec may hold fields
  // whose own specs may not.
  void build(std::string_view fmt, int depth, std::string& out);
  Value field_value(std::string_view name);
};

[[noreturn]] void value_error(const std::string& message) { raise(exc::ValueError, message); }

Value lookup_keyword(std::span<const KeywordArg> kwargs, std::string_view name) {
  for (const KeywordArg& k : kwargs)
    if (k.name.view() == name) return k.value;
  raise_with_arg(exc::KeyError, Str::from_utf8(name));
}

// "123" -> 123, anything else -> -1; ValueError on overflow (get_integer).
int64_t as_index(std::string_view text) {
  if (text.empty()) return -1;
  int64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
    if (v > (INT64_MAX - (c - '0')) / 10) value_error("Too many decimal digits in format string");
    v = v * 10 + (c - '0');
  }
  return v;
}

// obj[key] in a format field: an int key where the text is digits, else the text.
Value subscript_value(Value obj, std::string_view key) {
  int64_t index = as_index(key);
  return getitem(obj, index >= 0 ? Value(Int(index)) : Value(Str::from_utf8(key)));
}

Value Formatter::field_value(std::string_view name) {
  size_t first_end = name.find_first_of(".[");
  std::string_view first = name.substr(0, first_end);
  int64_t index = as_index(first);
  if (first.empty()) {
    if (numbering == Numbering::manual)
      value_error("cannot switch from manual field specification to automatic field numbering");
    numbering = Numbering::automatic;
    index = next_auto++;
  } else if (index >= 0) {
    if (numbering == Numbering::automatic)
      value_error("cannot switch from automatic field numbering to manual field specification");
    numbering = Numbering::manual;
  }
  Value obj;
  if (mapping && index >= 0) value_error("Format string contains positional fields");
  if (mapping) {
    obj = getitem(*mapping, Str::from_utf8(first));
  } else if (index < 0) {
    obj = lookup_keyword(kwargs, first);
  } else {
    if (index >= static_cast<int64_t>(args.size()))
      raise(exc::IndexError, "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
    obj = args[index];
  }
  // The accessors: .name and [key], any number of them.
  for (size_t at = first_end; at < name.size();) {
    if (name[at] == '.') {
      size_t end = name.find_first_of(".[", at + 1);
      if (end == at + 1 || at + 1 == name.size()) value_error("Empty attribute in format string");
      if (end == std::string_view::npos) end = name.size();
      obj = getattr(obj, Str::from_utf8(name.substr(at + 1, end - at - 1)));
      at = end;
      continue;
    }
    if (name[at] != '[') value_error("Only '.' or '[' may follow ']' in format field specifier");
    size_t close = name.find(']', at + 1);
    if (close == std::string_view::npos) value_error("Missing ']' in format string");
    if (close == at + 1) value_error("Empty attribute in format string");
    obj = subscript_value(obj, name.substr(at + 1, close - at - 1));
    at = close + 1;
  }
  return obj;
}

void Formatter::build(std::string_view fmt, int depth, std::string& out) {
  if (depth <= 0) value_error("Max string recursion exceeded");
  size_t at = 0;
  while (at < fmt.size()) {
    // Literal text up to a brace (MarkupIterator_next).
    size_t brace = fmt.find_first_of("{}", at);
    if (brace == std::string_view::npos) {
      out.append(fmt.substr(at));
      return;
    }
    char c = fmt[brace];
    bool at_end = brace + 1 >= fmt.size();
    if (c == '}' && (at_end || fmt[brace + 1] != '}')) value_error("Single '}' encountered in format string");
    if (at_end && c == '{') value_error("Single '{' encountered in format string");
    out.append(fmt.substr(at, brace - at));
    if (fmt[brace + 1] == c) {  // {{ or }}
      out += c;
      at = brace + 2;
      continue;
    }
    // A field (parse_field): name up to '}', ':' or '!' ('[...]' skipped whole).
    size_t p = brace + 1;
    char stop = '\0';
    while (p < fmt.size()) {
      char d = fmt[p++];
      if (d == '{') value_error("unexpected '{' in field name");
      if (d == '[') {
        while (p < fmt.size() && fmt[p] != ']') ++p;
        continue;
      }
      if (d == '}' || d == ':' || d == '!') {
        stop = d;
        break;
      }
    }
    std::string_view name = fmt.substr(brace + 1, (stop ? p - 1 : p) - brace - 1);
    char conversion = '\0';
    std::string_view spec;
    bool spec_needs_expanding = false;
    if (stop == '!' || stop == ':') {
      if (stop == '!') {
        if (p >= fmt.size()) value_error("end of string while looking for conversion specifier");
        conversion = fmt[p++];
        if (p < fmt.size()) {
          char d = fmt[p++];
          if (d != '}' && d != ':') value_error("expected ':' after conversion specifier");
          if (d == '}') stop = '}';
        }
      }
      if (stop != '}') {
        size_t spec_begin = p;
        int count = 1;
        while (p < fmt.size() && count > 0) {
          char d = fmt[p++];
          if (d == '{') spec_needs_expanding = true, ++count;
          else if (d == '}') --count;
        }
        if (count > 0) value_error("unmatched '{' in format spec");
        spec = fmt.substr(spec_begin, p - 1 - spec_begin);
      }
    } else if (stop != '}') {
      value_error("expected '}' before end of string");
    }
    at = p;
    // render_field
    Value obj = field_value(name);
    if (conversion == 'r') obj = repr(obj);
    else if (conversion == 's') obj = str(obj);
    else if (conversion == 'a') obj = ascii(obj);
    else if (conversion != '\0') value_error("Unknown conversion specifier " + std::string(1, conversion));
    std::string expanded;
    if (spec_needs_expanding) build(spec, depth - 1, expanded);
    Str spec_str = Str::from_utf8(spec_needs_expanding ? std::string_view(expanded) : spec);
    out.append(format(obj, spec_str).view());
  }
}

}  // namespace

Str str_format(Str fmt, const CallArgs& args) {
  std::vector<KeywordArg> kwargs;
  for (size_t i = 0; i < args.keywords.size(); ++i) kwargs.push_back({args.keywords[i], args.values[args.positional + i]});
  return str_format(fmt, std::span<const Value>(args.values, args.positional), kwargs);
}

Str str_format(Str fmt, std::span<const Value> args, std::span<const KeywordArg> kwargs) {
  Formatter f{args, kwargs};
  std::string out;
  f.build(fmt.view(), 2, out);
  return Str::from_utf8(out);
}

Str str_format_map(Str fmt, Value mapping) {
  Formatter f{{}, {}, &mapping};
  std::string out;
  f.build(fmt.view(), 2, out);
  return Str::from_utf8(out);
}

Str format(Value x, Str spec) {
  const TypeObject& t = x.type();
  if (&t == &int_type) return format(x.as_int(), spec);
  if (&t == &bool_type) return format(x.as_bool(), spec);
  if (&t == &float_type) return format(x.as_float(), spec);
  if (&t == &complex_type) return format(as_complex(x), spec);
  if (&t == &str_type) return format(x.as_str(), spec);
  if (t.format) return t.format(x.object(), spec);
  if (!spec.empty()) raise(exc::TypeError, "unsupported format string passed to " + std::string(t.name) + ".__format__");
  return str(x);
}

Str ascii(Value x) {
  Str r = repr(x);
  if (r.is_ascii()) return r;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  std::string_view text = r.view();
  for (size_t at = 0; at < text.size();) {
    char32_t c = unicode::next_utf8(text, at);
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
    out += '\\';
    out += digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
  }
  return Str::from_ascii(out);
}

}  // namespace ingot::rt
