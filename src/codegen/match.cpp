// Match statements (PEP 634). The subject is boxed once; each case is a
// block that tries its pattern inside `do { ... } while (false)`, where
// every failed test is a `break`. Captures go to Value temporaries first and
// into the variables only once the whole pattern matched (as CPython binds
// them), then the guard runs and the body ends with a jump past the other
// cases (a `goto`, so that `break` and `continue` in a body still reach the
// loop around the match). Structural tests on the boxed subject are in
// runtime/match.h.
#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

// The names a pattern binds, in order, without duplicates (the
// alternatives of an or-pattern bind the same ones).
void captures(const ast::Pattern* p, std::vector<std::string_view>& out) {
  auto add = [&](std::string_view name) {
    if (name.data() && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  };
  switch (p->kind) {
    case ast::Kind::MatchAs: {
      auto* as = static_cast<const ast::MatchAs*>(p);
      if (as->pattern) captures(as->pattern, out);
      add(as->name);
      return;
    }
    case ast::Kind::MatchStar: add(static_cast<const ast::MatchStar*>(p)->name); return;
    case ast::Kind::MatchSequence:
      for (const ast::Pattern* sub : static_cast<const ast::MatchSequence*>(p)->patterns) captures(sub, out);
      return;
    case ast::Kind::MatchMapping: {
      auto* m = static_cast<const ast::MatchMapping*>(p);
      for (const ast::Pattern* sub : m->patterns) captures(sub, out);
      add(m->rest);
      return;
    }
    case ast::Kind::MatchClass: {
      auto* c = static_cast<const ast::MatchClass*>(p);
      for (const ast::Pattern* sub : c->patterns) captures(sub, out);
      for (const ast::Pattern* sub : c->kwd_patterns) captures(sub, out);
      return;
    }
    case ast::Kind::MatchOr:
      for (const ast::Pattern* sub : static_cast<const ast::MatchOr*>(p)->patterns) captures(sub, out);
      return;
    default: return;
  }
}

std::string capture_temporary(std::string_view name) { return "c_" + mangle(name); }

// Builtin classes whose class pattern `C(x)` matches x against the subject
// itself (PEP 634's "self-matching" classes), by their runtime TypeObject.
const char* builtin_class(std::string_view name) {
  static constexpr std::pair<std::string_view, const char*> kClasses[] = {
      {"bool", "rt::bool_type"},   {"int", "rt::int_type"},     {"float", "rt::float_type"},
      {"str", "rt::str_type"},     {"list", "rt::list_type"},   {"tuple", "rt::tuple_type"},
      {"dict", "rt::dict_type"},   {"set", "rt::set_type"},     {"frozenset", "rt::frozenset_type"},
  };
  for (const auto& [python, cxx] : kClasses)
    if (python == name) return cxx;
  return nullptr;
}

}  // namespace

void Emitter::match_statement(const ast::Match* m) {
  std::string end = "match_end_" + std::to_string(m->loc.lineno) + "_" + std::to_string(m->loc.col_offset);
  line("{");
  ++indent_;
  line("rt::Value subject_ = " + convert(expression(m->subject), type_of(m->subject), types::kDyn, m->subject) + ";");
  std::set<std::string> before = current_->bound;
  for (const ast::MatchCase* c : m->cases) {
    std::vector<std::string_view> names;
    captures(c->pattern, names);
    line("{");
    ++indent_;
    for (std::string_view name : names) line("rt::Value " + capture_temporary(name) + ";");
    line("bool matched_ = false;");
    line("do {");
    ++indent_;
    int temporaries = 0;
    pattern(c->pattern, "subject_", temporaries);
    line("matched_ = true;");
    --indent_;
    line("} while (false);");
    line("if (matched_) {");
    ++indent_;
    for (std::string_view name : names) {
      ast::Name target{};
      target.kind = ast::Kind::Name;
      target.loc = c->pattern->loc;
      target.id = name;
      variable(&target);
      line(store(&target, convert(capture_temporary(name), types::kDyn, variable_type(&target), c->pattern)));
    }
    if (c->guard) {
      line("if (" + truth(c->guard) + ") {");
      ++indent_;
    }
    block(c->body);
    line("goto " + end + ";");
    if (c->guard) {
      --indent_;
      line("}");
    }
    --indent_;
    line("}");
    current_->bound = before;  // no case is sure to run
    --indent_;
    line("}");
  }
  --indent_;
  line("}");
  line(end + ":;");
}

// Writes the tests of `p` against the Value `value`: a `break` where it
// fails, the captures into their temporaries.
void Emitter::pattern(const ast::Pattern* p, const std::string& value, int& temporaries) {
  std::string n = std::to_string(temporaries++);
  switch (p->kind) {
    case ast::Kind::MatchAs: {
      auto* as = static_cast<const ast::MatchAs*>(p);
      if (as->pattern) pattern(as->pattern, value, temporaries);
      if (as->name.data()) line(capture_temporary(as->name) + " = " + value + ";");
      return;
    }
    case ast::Kind::MatchValue: {
      const ast::Expr* e = static_cast<const ast::MatchValue*>(p)->value;
      std::string expected = convert(expression(e), type_of(e), types::kDyn, e);
      line("if (!rt::equal(" + value + ", " + expected + ")) break;");
      return;
    }
    case ast::Kind::MatchSingleton: {
      const ast::Value& v = static_cast<const ast::MatchSingleton*>(p)->value;
      std::string expected = v.kind == ast::Value::Kind::None   ? "rt::Value::none()"
                             : v.kind == ast::Value::Kind::True ? "rt::Value::of_bool(true)"
                                                                : "rt::Value::of_bool(false)";
      line("if (!" + value + ".is(" + expected + ")) break;");
      return;
    }
    case ast::Kind::MatchSequence: {
      const auto& items = static_cast<const ast::MatchSequence*>(p)->patterns;
      int64_t size = int64_t(items.size()), star = -1;
      for (int64_t i = 0; i < size; ++i)
        if (items[i]->kind == ast::Kind::MatchStar) star = i;
      std::string length = "n" + n + "_";
      line("int64_t " + length + ";");
      line("if (!rt::match_sequence(" + value + ", " + length + ")) break;");
      if (star < 0)
        line("if (" + length + " != " + std::to_string(size) + ") break;");
      else
        line("if (" + length + " < " + std::to_string(size - 1) + ") break;");
      for (int64_t i = 0; i < size; ++i) {
        if (i == star) {
          auto* s = static_cast<const ast::MatchStar*>(items[i]);
          if (s->name.data())
            line(capture_temporary(s->name) + " = rt::box(rt::match_star(" + value + ", " + std::to_string(i) +
                 ", " + std::to_string(size - 1 - i) + "));");
          continue;
        }
        // Items after the star are counted from the end.
        int64_t index = star >= 0 && i > star ? i - size : i;
        std::string item = "e" + n + "_" + std::to_string(i);
        line("rt::Value " + item + " = rt::match_item(" + value + ", " + std::to_string(index) + ");");
        pattern(items[i], item, temporaries);
      }
      return;
    }
    case ast::Kind::MatchMapping: {
      auto* m = static_cast<const ast::MatchMapping*>(p);
      line("if (!rt::match_mapping(" + value + ")) break;");
      std::string keys;
      for (size_t i = 0; i < m->keys.size(); ++i) {
        const ast::Expr* k = m->keys[i];
        std::string key = "k" + n + "_" + std::to_string(i), item = "v" + n + "_" + std::to_string(i);
        line("rt::Value " + key + " = " + convert(expression(k), type_of(k), types::kDyn, k) + ";");
        line("rt::Value " + item + ";");
        line("if (!rt::match_key(" + value + ", " + key + ", " + item + ")) break;");
        keys += (i ? ", " : "") + key;
      }
      for (size_t i = 0; i < m->patterns.size(); ++i)
        pattern(m->patterns[i], "v" + n + "_" + std::to_string(i), temporaries);
      if (m->rest.data()) {
        line("{");
        line("  rt::Value keys_[] = {" + keys + (keys.empty() ? "rt::Value()" : "") + "};");
        line("  " + capture_temporary(m->rest) + " = rt::box(rt::match_rest(" + value + ", std::span<const rt::Value>(keys_, " +
             std::to_string(m->keys.size()) + ")));");
        line("}");
      }
      return;
    }
    case ast::Kind::MatchOr: {
      std::string any = "or" + n + "_";
      line("bool " + any + " = false;");
      for (const ast::Pattern* alternative : static_cast<const ast::MatchOr*>(p)->patterns) {
        line("if (!" + any + ") do {");
        ++indent_;
        pattern(alternative, value, temporaries);
        line(any + " = true;");
        --indent_;
        line("} while (false);");
      }
      line("if (!" + any + ") break;");
      return;
    }
    case ast::Kind::MatchClass: {
      auto* c = static_cast<const ast::MatchClass*>(p);
      auto* name = ast::as<ast::Name>(c->cls);
      const char* type = name && kind_of(type_of(name)) == types::Kind::Builtin ? builtin_class(name->id) : nullptr;
      if (!type || !c->kwd_patterns.empty() || c->patterns.size() > 1) unsupported(p, "this class pattern");
      line("if (!rt::isinstance(" + value + ", " + type + ")) break;");
      if (!c->patterns.empty()) pattern(c->patterns[0], value, temporaries);
      return;
    }
    default: unsupported(p, "this pattern");
  }
}

}  // namespace ingot::codegen
