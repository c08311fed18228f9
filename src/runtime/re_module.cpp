// The re module's native core on PCRE2 (design: re_module.h).
#include "runtime/re_module.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_unbox.h"
#include "runtime/exception.h"
#include "runtime/re_syntax.h"

namespace ingot::rt::re {
namespace {

// One compiled pattern; the table holds them for the program's lifetime.
struct Compiled {
  std::string pcre;
  uint32_t options = 0;
  pcre2_code* code[3] = {};  // search, match (anchored), fullmatch (both ends)
  pcre2_match_data* data = nullptr;
  int64_t groups = 0;
  std::vector<int64_t> parents;
  Dict<Str, Int> index;
};

std::vector<Compiled*>& table() {
  static auto* compiled = new std::vector<Compiled*>;
  return *compiled;
}

Compiled& compiled(Int code) {
  std::optional<int64_t> i = code.to_int64();
  if (!i || *i < 0 || static_cast<size_t>(*i) >= table().size()) raise(exc::ValueError, "invalid compiled pattern");
  return *table()[static_cast<size_t>(*i)];
}

pcre2_code* compile_pcre(const Compiled& c, uint32_t anchoring, std::string* error) {
  static pcre2_compile_context* context = [] {
    pcre2_compile_context* made = pcre2_compile_context_create(nullptr);
    pcre2_set_newline(made, PCRE2_NEWLINE_LF);  // Python's `.`, `$` and `^` know only \n
    return made;
  }();
  int status = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(c.pcre.data()), c.pcre.size(), c.options | anchoring,
                                   &status, &offset, context);
  if (!code) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(status, message, sizeof message);
    if (error) *error = reinterpret_cast<const char*>(message);
    return nullptr;
  }
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);  // where there is no JIT, the interpreter runs it
  return code;
}

using Result = Tuple<Int, Int, Str, Int>;

Result failure(int64_t kind, std::string_view message, int64_t position) {
  return Result(Int(kind), Int(0), Str::from_utf8(message, count_code_points(message)), Int(position));
}

Result compile_text(std::string_view pattern, bool text, Int flags_value) {
  std::optional<int64_t> given = flags_value.to_int64();
  int64_t flags = given.value_or(0);
  static std::map<std::tuple<std::string, bool, int64_t>, Result> cache;
  auto key = std::make_tuple(std::string(pattern), text, flags);
  if (auto it = cache.find(key); it != cache.end()) return it->second;

  if (text) {
    if (flags & kLocale) return failure(-2, "cannot use LOCALE flag with a str pattern", -1);
    if ((flags & kAscii) && (flags & kUnicode)) return failure(-2, "ASCII and UNICODE flags are incompatible", -1);
  } else {
    if (flags & kUnicode) return failure(-2, "cannot use UNICODE flag with a bytes pattern", -1);
    if ((flags & kAscii) && (flags & kLocale)) return failure(-2, "ASCII and LOCALE flags are incompatible", -1);
  }
  Translation t = translate(pattern, text, flags);
  if (!t.error.empty()) return failure(-1, t.error, t.position);
  flags = t.flags;
  if (text && !(flags & kAscii)) flags |= kUnicode;

  auto* c = new Compiled;
  c->pcre = std::move(t.pcre);
  c->groups = t.groups;
  c->parents = std::move(t.parents);
  if (text) c->options |= PCRE2_UTF | PCRE2_NO_UTF_CHECK | ((flags & kAscii) ? 0 : PCRE2_UCP);
  if (flags & kIgnoreCase) c->options |= PCRE2_CASELESS;
  if (flags & kMultiline) c->options |= PCRE2_MULTILINE | PCRE2_ALT_CIRCUMFLEX;  // `^` after a final \n too
  if (flags & kDotAll) c->options |= PCRE2_DOTALL;
  std::string error;
  c->code[0] = compile_pcre(*c, 0, &error);
  if (!c->code[0]) {
    delete c;
    return failure(-1, error, -1);
  }
  c->data = pcre2_match_data_create_from_pattern(c->code[0], nullptr);
  uint32_t count = 0, size = 0;
  PCRE2_SPTR names = nullptr;
  pcre2_pattern_info(c->code[0], PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(c->code[0], PCRE2_INFO_NAMEENTRYSIZE, &size);
  pcre2_pattern_info(c->code[0], PCRE2_INFO_NAMETABLE, &names);
  std::vector<std::pair<int64_t, std::string_view>> entries;
  for (uint32_t i = 0; i < count; ++i) {
    PCRE2_SPTR entry = names + i * size;
    entries.emplace_back((entry[0] << 8) | entry[1], reinterpret_cast<const char*>(entry + 2));
  }
  std::sort(entries.begin(), entries.end());  // PCRE2 sorts by name; groupindex is in group order
  for (auto [group, name] : entries) c->index.set(Str::from_utf8(name, count_code_points(name)), Int(group));
  table().push_back(c);
  Result result(Int(static_cast<int64_t>(table().size()) - 1), Int(flags), Str::from_ascii(""), Int(-1));
  cache.emplace(std::move(key), result);
  return result;
}

// Code-point positions of byte offsets in `text`, counted from a known
// pair (byte `anchor_byte` is code point `anchor`) so that a search loop
// costs no more than one pass.
struct Positions {
  std::string_view text;
  bool ascii;
  size_t anchor_byte;
  int64_t anchor;
  int64_t operator()(size_t byte) const {
    if (ascii) return static_cast<int64_t>(byte);
    if (byte >= anchor_byte) return anchor + count_code_points(text.substr(anchor_byte, byte - anchor_byte));
    return count_code_points(text.substr(0, byte));
  }
};

List<Int> run(Int code, std::string_view subject, int64_t pos, int64_t endpos, Int mode_value, const Positions& at) {
  Compiled& c = compiled(code);
  int64_t mode = mode_value.to_int64().value_or(0);
  int64_t kind = mode & 3;
  if (!c.code[kind]) {
    c.code[kind] = compile_pcre(c, kind == 1 ? PCRE2_ANCHORED : PCRE2_ANCHORED | PCRE2_ENDANCHORED, nullptr);
    if (!c.code[kind]) raise(exc::RuntimeError, "re: PCRE2 refused an anchored pattern it compiled unanchored");
  }
  uint32_t options = (mode & 4) ? PCRE2_NOTEMPTY_ATSTART : 0;
  int rc = pcre2_match(c.code[kind], reinterpret_cast<PCRE2_SPTR>(subject.data()), static_cast<size_t>(endpos),
                       static_cast<size_t>(pos), options | PCRE2_NO_UTF_CHECK, c.data, nullptr);
  List<Int> spans;
  if (rc == PCRE2_ERROR_NOMATCH) return spans;
  if (rc < 0) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(rc, message, sizeof message);
    raise(exc::RuntimeError, std::string("re: ") + reinterpret_cast<const char*>(message));
  }
  PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(c.data);
  // lastindex as sre has it: the group that closed last, i.e. the one
  // ending last; of two ending together an enclosing group closes after
  // what it encloses, a later sibling after an earlier one.
  int64_t last = -1;
  auto encloses = [&](int64_t outer, int64_t inner) {
    while (inner && inner != outer) inner = c.parents[static_cast<size_t>(inner)];
    return inner == outer;
  };
  for (int64_t g = 0; g <= c.groups; ++g) {
    size_t start = ovector[2 * g], end = ovector[2 * g + 1];
    if (g >= rc || start == PCRE2_UNSET) {
      spans.append(Int(-1));
      spans.append(Int(-1));
      continue;
    }
    spans.append(Int(at(start)));
    spans.append(Int(at(end)));
    if (g == 0) continue;
    if (last < 0 || end > ovector[2 * last + 1] || (end == ovector[2 * last + 1] && !encloses(last, g))) last = g;
  }
  spans.append(Int(last));
  return spans;
}

// pos and endpos, already clamped to [0, len] by re.py.
int64_t position(Int i) { return i.to_int64().value_or(0); }

}  // namespace

Result compile(Str pattern, Int flags) { return compile_text(pattern.view(), true, flags); }
Result compile(Bytes pattern, Int flags) { return compile_text(pattern.view(), false, flags); }
Result compile(Value pattern, Int flags) {
  if (is_a(pattern, str_type)) return compile(unbox<Str>(pattern), flags);
  return compile(unbox<Bytes>(pattern), flags);
}

List<Int> match(Int code, Str string, Int pos, Int endpos, Int mode) {
  int64_t from = string.byte_offset(position(pos)), to = string.byte_offset(position(endpos));
  Positions at{string.view(), string.is_ascii(), static_cast<size_t>(from), position(pos)};
  return run(code, string.view(), from, to, mode, at);
}

List<Int> match(Int code, Bytes string, Int pos, Int endpos, Int mode) {
  Positions at{string.view(), true, 0, 0};
  return run(code, string.view(), position(pos), position(endpos), mode, at);
}

List<Int> match(Int code, Value string, Int pos, Int endpos, Int mode) {
  if (is_a(string, str_type)) return match(code, unbox<Str>(string), pos, endpos, mode);
  return match(code, unbox<Bytes>(string), pos, endpos, mode);
}

Int groups(Int code) { return Int(compiled(code).groups); }

Dict<Str, Int> groupindex(Int code) { return compiled(code).index.copy(); }

}  // namespace ingot::rt::re
