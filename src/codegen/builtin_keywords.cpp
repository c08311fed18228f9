// Keyword arguments of builtins called on run-time arguments
// (`partial(int, base=2)`, `partial(sorted, reverse=True)`): the entry binds
// them (runtime/builtin_keywords.h), then calls the builtin as typed code
// would, once per count of positional arguments and set of keyword-only
// arguments given. A keyword-only parameter whose default is a value
// (`sorted(key=None)`) is always passed, so only the others (`max(default=)`)
// multiply the cases.
#include <algorithm>

#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {
namespace {

struct KeywordOnly {
  std::string_view name;
  const char* neutral;  // the Value passing it means the same as leaving it out; null for none
  bool none_is_absent = false;  // given None, it is left out (typed calls take None only as a constant)
};

struct BuiltinKeywords {
  std::string_view builtin;
  std::string_view spelled;  // as its keyword errors name it: sorted's are list.sort's
  uint32_t first_named;
  std::initializer_list<std::string_view> named;
  std::initializer_list<KeywordOnly> keyword_only;
};

const BuiltinKeywords kKeywords[] = {
    {"sorted", "sort", 1, {}, {{"key", nullptr, true}, {"reverse", "rt::box(false)"}}},
    {"min", "min", 1, {}, {{"key", nullptr, true}, {"default", nullptr}}},
    {"max", "max", 1, {}, {{"key", nullptr, true}, {"default", nullptr}}},
    {"print", "print", 0, {}, {{"sep", "rt::Value::none()"}, {"end", "rt::Value::none()"}, {"file", nullptr, true},
                      {"flush", "rt::box(false)"}}},
    {"pow", "pow", 0, {"base", "exp", "mod"}, {}},
    {"round", "round", 0, {"number", "ndigits"}, {}},
    {"sum", "sum", 1, {"start"}, {}},
    {"int", "int", 1, {"base"}, {}},
    {"str", "str", 0, {"object", "encoding", "errors"}, {}},
    {"bytes", "bytes", 0, {"source", "encoding", "errors"}, {}},
};

// Dynamic calls with more positional arguments than the builtin's minimum
// plus this are not written case by case.
constexpr uint32_t kMoreCounts = 4;

}  // namespace

bool builtin_refuses_keyword(std::string_view builtin, size_t positional, std::string_view keyword) {
  const BuiltinKeywords* known = std::find_if(std::begin(kKeywords), std::end(kKeywords),
                                              [&](const BuiltinKeywords& k) { return k.builtin == builtin; });
  if (known == std::end(kKeywords)) return false;
  for (const KeywordOnly& k : known->keyword_only)
    if (k.name == keyword) return false;
  auto named = std::find(known->named.begin(), known->named.end(), keyword);
  return named == known->named.end() || known->first_named + size_t(named - known->named.begin()) < positional;
}

bool Emitter::builtin_keyword_entry(types::BuiltinId id, const ast::Node* where, const std::string& spelled) {
  std::string_view name = types::builtin_name(id);
  const BuiltinKeywords* known = std::find_if(std::begin(kKeywords), std::end(kKeywords),
                                              [&](const BuiltinKeywords& k) { return k.builtin == name; });
  if (known == std::end(kKeywords)) return false;
  auto list = [&](auto names) {
    std::string out;
    for (std::string_view n : names) out += (out.empty() ? "" : ", ") + quoted(n);
    return out.empty() ? std::string("\"\"") : out;
  };
  std::vector<std::string_view> keyword_names;
  uint64_t none_is_absent = 0;
  for (const KeywordOnly& k : known->keyword_only) {
    if (k.none_is_absent) none_is_absent |= uint64_t{1} << keyword_names.size();
    keyword_names.push_back(k.name);
  }
  line("if (!args_.keywords.empty()) {");
  ++indent_;
  line("static constexpr std::string_view kn_[] = {" + list(known->named) + "};");
  line("static constexpr std::string_view ko_[] = {" + list(keyword_names) + "};");
  line("static constexpr rt::BuiltinKeywords kw_{" + quoted(known->spelled) + ", " + std::to_string(known->first_named) + ", {kn_, " +
       std::to_string(known->named.size()) + "}, {ko_, " + std::to_string(keyword_names.size()) + "}, " + std::to_string(none_is_absent) + "u};");
  line("rt::BoundKeywords b_ = rt::bind_builtin_keywords(kw_, args_);");
  // The keyword-only parameters that change the call by being given.
  std::vector<size_t> optional;
  uint64_t optional_bits = 0;
  for (size_t i = 0; i < keyword_names.size(); ++i)
    if (!known->keyword_only.begin()[i].neutral) optional.push_back(i), optional_bits |= uint64_t{1} << i;
  std::string stride = std::to_string(uint64_t{1} << keyword_names.size());
  auto [min, max] = builtin_arity(id);
  uint32_t last = std::min<uint32_t>(max, min + kMoreCounts);
  types::TypeId callee = const_cast<types::TypeTable&>(program_.table).builtin(id);
  types::TypeId result = entry_result(id);
  line("switch (b_.positional.size() * " + stride + " + (b_.given & " + std::to_string(optional_bits) + "u)) {");
  for (uint32_t count = min; count <= last; ++count) {
    for (uint32_t mask = 0; mask < (1u << optional.size()); ++mask) {
      std::vector<Typed> values;
      std::vector<std::string_view> names;
      for (uint32_t i = 0; i < count; ++i) {
        values.push_back({"b_.positional[" + std::to_string(i) + "]", types::kDyn});
        names.push_back("");
      }
      uint64_t given = 0;
      for (size_t i = 0; i < keyword_names.size(); ++i) {
        const KeywordOnly& k = known->keyword_only.begin()[i];
        if (!k.neutral) {
          size_t bit = std::find(optional.begin(), optional.end(), i) - optional.begin();
          if (!(mask >> bit & 1)) continue;
          given |= uint64_t{1} << i;
        }
        std::string index = std::to_string(i);
        values.push_back({k.neutral ? "((b_.given >> " + index + " & 1) ? b_.keyword_only[" + index + "] : " + k.neutral + ")"
                                    : "b_.keyword_only[" + index + "]",
                          types::kDyn});
        names.push_back(k.name);
      }
      std::string body;
      try {
        Typed called = call_builtin(where, callee, "0", values, names, result);
        body = result == types::kNone ? "(void)(" + called.code + "); return rt::Value::none();"
                                      : "return rt::box(" + called.code + ");";
      } catch (const UnsupportedError&) {
        body = "rt::raise(rt::exc::SystemError, \"ingot: " + spelled + "() on these arguments is not compiled yet\");";
      }
      line("  case " + std::to_string(count * (uint64_t{1} << keyword_names.size()) + given) + ": { " + body + " }");
    }
  }
  line("}");
  line("if (b_.positional.size() < " + std::to_string(min) + " || b_.positional.size() > " + std::to_string(max) +
       "u) " + builtin_arity_error(id, "b_.positional.size()"));
  line("rt::raise(rt::exc::SystemError, \"ingot: " + spelled + "() with these arguments is not compiled yet\");");
  --indent_;
  line("}");
  return true;
}

}  // namespace ingot::codegen
