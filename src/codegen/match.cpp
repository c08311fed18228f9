// Match statements (PEP 634). The subject is boxed once; each case is a
// block that tries its pattern inside `do { ... } while (false)`, where
// every failed test is a `break`. Captures go to Value temporaries first and
// into the variables only once the whole pattern matched (as CPython binds
// them), then the guard runs and the body ends with a jump past the other
// cases (a `goto`, so that `break` and `continue` in a body still reach the
// loop around the match). Structural tests on the boxed subject are in
// runtime/match.h.
#include <optional>

#include "codegen/emitter.h"
#include "types/builtins.h"

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
// itself (PEP 634's self-matching classes).
bool self_matching(std::string_view name) {
  for (std::string_view c : {"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str",
                             "tuple"})
    if (c == name) return true;
  return false;
}

// The attribute names a class pattern's positional sub-patterns stand for:
// `__match_args__ = ('a', 'b')` in the class body, or a dataclass's fields
// in order; nullopt when the class has neither.
std::optional<std::vector<std::string_view>> match_args(const ast::ClassDef* def) {
  for (const ast::Stmt* s : def->body) {
    auto* a = ast::as<ast::Assign>(s);
    auto* target = a && a->targets.size() == 1 ? ast::as<ast::Name>(a->targets[0]) : nullptr;
    if (!target || target->id != "__match_args__") continue;
    auto* names = ast::as<ast::Tuple>(a->value);
    if (!names) unsupported(a->value, "a computed __match_args__");
    std::vector<std::string_view> out;
    for (const ast::Expr* e : names->elts) {
      auto* c = ast::as<ast::Constant>(e);
      if (!c || c->value.kind != ast::Value::Kind::Str) unsupported(e, "a computed __match_args__");
      out.push_back(c->value.text);
    }
    return out;
  }
  for (const ast::Expr* decorator : def->decorator_list) {
    auto* name = ast::as<ast::Name>(decorator);
    if (!name || name->id != "dataclass") continue;
    std::vector<std::string_view> out;
    for (const ast::Stmt* s : def->body)
      if (auto* a = ast::as<ast::AnnAssign>(s))
        if (auto* target = ast::as<ast::Name>(a->target)) out.push_back(target->id);
    return out;
  }
  return std::nullopt;
}

}  // namespace

// The variable a pattern captures into, as a Name node (what the
// emitter's variable functions take); made once per capture.
const ast::Name* Emitter::capture_name(const ast::MatchCase* c, std::string_view name) {
  auto key = std::make_pair(static_cast<const ast::Node*>(c), std::string(name));
  auto [it, added] = capture_names_.try_emplace(key);
  if (added) {
    it->second.kind = ast::Kind::Name;
    it->second.loc = c->pattern->loc;
    it->second.id = name;
  }
  return &it->second;
}

void Emitter::match_statement(const ast::Match* m) {
  std::string end = "match_end_" + std::to_string(m->loc.lineno) + "_" + std::to_string(m->loc.col_offset);
  line("{");
  ++indent_;
  line("rt::Value subject_ = " + convert(expression(m->subject), type_of(m->subject), types::kDyn, m->subject) + ";");
  std::set<std::string> before = current_->bound;
  for (const ast::MatchCase* c : m->cases) {
    std::vector<std::string_view> names;
    captures(c->pattern, names);
    // A capture the analysis never bound here (a sequence pattern against
    // a str) means that the case cannot match in this specialisation.
    bool possible = true;
    for (std::string_view name : names)
      possible = possible && kind_of(variable_type(capture_name(c, name))) != types::Kind::Bottom;
    if (!possible) continue;
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
      const ast::Name* target = capture_name(c, name);
      variable(target);
      line(store(target, convert(capture_temporary(name), types::kDyn, variable_type(target), c->pattern)));
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
        line("  " + capture_temporary(m->rest) + " = rt::box(rt::match_rest(" + value +
             ", std::span<const rt::Value>(keys_, " + std::to_string(m->keys.size()) + ")));");
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
      const types::Type& cls = program_.table.get(type_of(c->cls));
      std::string type;
      std::optional<std::vector<std::string_view>> positional;
      std::string class_name = program_.table.format(type_of(c->cls));
      if (cls.kind == types::Kind::Builtin) {
        std::string_view name = types::builtin_name(cls.a);
        class_name = std::string(name);
        if (const char* builtin = builtin_class_type(name)) type = builtin;
        if (type.empty()) type = exception_class(type_of(c->cls));  // exceptions.cpp
        if (self_matching(name)) positional = std::vector<std::string_view>{};
      } else if (cls.kind == types::Kind::Class) {
        const types::ClassInfo& info = program_.classes[cls.a];
        type = class_struct(cls.a) + "::type";
        class_name = info.name;
        for (types::ClassId base : info.mro)
          if ((positional = match_args(program_.classes[base].node))) break;
      }
      if (type.empty()) unsupported(c->cls, "a class pattern of this class");
      line("if (!rt::isinstance(" + value + ", " + type + ")) break;");
      if (cls.kind == types::Kind::Class && per_run(cls.a))  // which run's class: run_classes.cpp
        line("if (!rt::isinstance_of(" + value + ", rt::box(" + expression(c->cls) + "))) break;");
      size_t given = c->patterns.size();
      bool itself = cls.kind == types::Kind::Builtin && positional && given <= 1;
      size_t accepted = itself ? 1 : positional ? positional->size() : 0;
      if (given > accepted) {
        // CPython's TypeError, once the subject is an instance.
        std::string message = class_name + "() accepts " + std::to_string(accepted) + " positional sub-pattern" +
                              (accepted == 1 ? "" : "s") + " (" + std::to_string(given) + " given)";
        line("pos_ = " + std::to_string(position(p)) + ";");
        line("rt::raise(rt::exc::TypeError, " + quoted(message) + ");");
        return;
      }
      // Each sub-pattern matches an attribute; a missing one fails the match.
      auto attribute = [&](std::string_view name, const ast::Pattern* sub) {
        std::string item = "a" + std::to_string(temporaries++) + "_";
        line("rt::Value " + item + ";");
        line("if (!rt::match_attribute(" + value + ", " + str_constant(name) + ", " + item + ")) break;");
        pattern(sub, item, temporaries);
      };
      for (size_t i = 0; i < given; ++i) {
        if (itself)
          pattern(c->patterns[i], value, temporaries);
        else
          attribute((*positional)[i], c->patterns[i]);
      }
      for (size_t i = 0; i < c->kwd_attrs.size(); ++i) attribute(c->kwd_attrs[i], c->kwd_patterns[i]);
      return;
    }
    default: unsupported(p, "this pattern");
  }
}

}  // namespace ingot::codegen
